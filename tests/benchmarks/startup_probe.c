/* Starts a program and reports how long it takes until its first top-level window is mapped on the
 * X display, until the program first paints into it, and until it stops painting (its window is
 * settled: whatever it drew after the first picture, such as content it deferred, is there), and its
 * resident memory then: start-up as a person sees it. Painting is observed with the DAMAGE extension.
 * Output, one line: "<ms to map> <ms to first paint> <ms to settled> <kilobytes>". The program is
 * killed afterwards. Exit status 3: the probe was too late to watch the window; run it again. */
#define _GNU_SOURCE
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { max_windows = 64 };
/* Settled: no paint for this long. */
static const double quiet_ms = 300;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static long rss_kb(pid_t pid)
{
    char path[64], line[256];
    long kb = -1;
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    fclose(f);
    return kb;
}

static int ignore_errors(Display *display, XErrorEvent *error)
{
    /* A window the program destroyed before we watched it: not ours to report. */
    (void)display;
    (void)error;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: startup_probe PROGRAM [ARGS...]\n");
        return 2;
    }
    Display *display = XOpenDisplay(NULL);
    if (!display) {
        fprintf(stderr, "startup_probe: no X display\n");
        return 2;
    }
    int damage_event = 0, damage_error = 0;
    if (!XDamageQueryExtension(display, &damage_event, &damage_error)) {
        fprintf(stderr, "startup_probe: the X server has no DAMAGE extension\n");
        return 2;
    }
    XSetErrorHandler(ignore_errors);
    const Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    XSync(display, False);

    /* Damage is watched from each top-level window's creation, before it can be mapped and painted. */
    Window watched[max_windows];
    Damage damages[max_windows];
    double painted_at[max_windows];
    double last_paint = -1;
    int raced = 0;
    int watched_count = 0;
    Window mapped_window = 0;
    double mapped = -1, painted = -1;

    const double start = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    const int fd = ConnectionNumber(display);
    for (;;) {
        const double now = now_ms();
        if (now - start > 20000)
            break;
        if (painted >= 0 && now - last_paint > quiet_ms)
            break;
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            const double t = now_ms();
            if (event.type == CreateNotify && event.xcreatewindow.parent == root
                && watched_count < max_windows) {
                const Window window = event.xcreatewindow.window;
                damages[watched_count] = XDamageCreate(display, window, XDamageReportNonEmpty);
                painted_at[watched_count] = -1;
                watched[watched_count++] = window;
                /* Already on screen when the watch began: a paint may have been missed. */
                XWindowAttributes attributes;
                if (XGetWindowAttributes(display, window, &attributes) && attributes.map_state == IsViewable)
                    raced = 1;
            } else if (event.type == MapNotify && event.xmap.event == root && !event.xmap.override_redirect
                       && mapped < 0) {
                mapped = t;
                mapped_window = event.xmap.window;
            } else if (event.type == damage_event + XDamageNotify) {
                const XDamageNotifyEvent *damage = (const XDamageNotifyEvent *)&event;
                for (int i = 0; i < watched_count; ++i) {
                    if (watched[i] != damage->drawable)
                        continue;
                    if (painted_at[i] < 0)
                        painted_at[i] = t;
                    if (watched[i] == mapped_window)
                        last_paint = t;
                    /* Re-arm: the next paint reports again. */
                    XDamageSubtract(display, damages[i], None, None);
                }
            }
        }
        if (mapped >= 0 && painted < 0)
            for (int i = 0; i < watched_count; ++i)
                if (watched[i] == mapped_window && painted_at[i] >= 0)
                    painted = last_paint = painted_at[i];
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        struct timeval wait = { 0, 10000 };
        select(fd + 1, &fds, NULL, NULL, &wait);
    }
    const long kb = rss_kb(pid);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    XCloseDisplay(display);
    if (raced) {
        fprintf(stderr, "startup_probe: the window was on screen before the probe watched it\n");
        return 3;
    }
    if (mapped < 0 || painted < 0) {
        fprintf(stderr, "startup_probe: no window %s within 20 s\n", mapped < 0 ? "mapped" : "painted");
        return 1;
    }
    printf("%.1f %.1f %.1f %ld\n", mapped - start, painted - start, last_paint - start, kb);
    return 0;
}
