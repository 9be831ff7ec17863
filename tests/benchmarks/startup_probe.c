/* Starts a program and reports how long it takes until its first top-level window is mapped on the
 * X display and until the program first paints into it, and its resident memory once the window is
 * up: start-up as a person sees it. The paint is observed with the DAMAGE extension, so work a
 * program defers until just after mapping still counts if it delays the first picture.
 * Output, one line: "<ms to map> <ms to first paint> <kilobytes>". The program is killed afterwards. */
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
    double painted_at[max_windows];
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
    while (painted < 0 && now_ms() - start < 20000) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            const double t = now_ms();
            if (event.type == CreateNotify && event.xcreatewindow.parent == root
                && watched_count < max_windows) {
                XDamageCreate(display, event.xcreatewindow.window, XDamageReportNonEmpty);
                painted_at[watched_count] = -1;
                watched[watched_count++] = event.xcreatewindow.window;
            } else if (event.type == MapNotify && event.xmap.event == root && !event.xmap.override_redirect
                       && mapped < 0) {
                mapped = t;
                mapped_window = event.xmap.window;
            } else if (event.type == damage_event + XDamageNotify) {
                const XDamageNotifyEvent *damage = (const XDamageNotifyEvent *)&event;
                for (int i = 0; i < watched_count; ++i)
                    if (watched[i] == damage->drawable && painted_at[i] < 0)
                        painted_at[i] = t;
            }
        }
        if (mapped >= 0)
            for (int i = 0; i < watched_count; ++i)
                if (watched[i] == mapped_window && painted_at[i] >= 0)
                    painted = painted_at[i];
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        struct timeval wait = { 0, 20000 };
        if (painted < 0)
            select(fd + 1, &fds, NULL, NULL, &wait);
    }
    usleep(500000); /* let the first paint finish before reading the memory */
    const long kb = rss_kb(pid);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    XCloseDisplay(display);
    if (mapped < 0 || painted < 0) {
        fprintf(stderr, "startup_probe: no window %s within 20 s\n", mapped < 0 ? "mapped" : "painted");
        return 1;
    }
    printf("%.1f %.1f %ld\n", mapped - start, painted - start, kb);
    return 0;
}
