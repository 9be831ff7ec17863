// The catalog the program ships, loaded once for a test executable; any catalog error stops the test.
#pragma once

#include "catalog/catalog.h"

namespace smtpref::test {

const Catalog &shippedCatalog();

} // namespace smtpref::test
