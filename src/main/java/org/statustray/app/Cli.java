package org.statustray.app;

import java.io.PrintStream;
import java.util.List;
import org.statustray.model.AppVersion;

/** Parses the command line and runs the command; returns the process exit code. */
final class Cli {
    static final int USAGE = 64;
    static final int INTERNAL = 70;
    /** EX_TEMPFAIL: another StatusTray uses the data directory; try again once it has ended. */
    static final int ALREADY_RUNNING = 75;

    static final String HELP = String.join(System.lineSeparator(),
            "Usage: statustray [COMMAND] [OPTIONS]",
            "",
            "With no command, StatusTray starts in the system tray and watches the services in its config.",
            "One StatusTray runs per data directory: launched again, it has the running one open the window",
            "(--open, or the overview) and ends; beside a running watch, which has no windows, it exits 75.",
            "",
            "Commands:",
            "  check URL|ID... [--format F] [--component NAME]... [--json] [--timeout SECONDS] [--probe]",
            "        read each status page once and print how the service is doing;",
            "        ID is a catalogue id such as openai; F is a format name or auto (default)",
            "  detect URL [--json]",
            "        find which status format a URL speaks and list its components",
            "  probe URL|ID... [--json] [--timeout SECONDS]",
            "        ask each service itself, from this machine, whether it answers: DNS, connect,",
            "        TLS and first-byte times; exit 0 all answered (HTTP below 500), 3 any did not",
            "  catalog [QUERY] [--json]",
            "        list or search the built-in services",
            "  catalog --export [FILE]",
            "        write the services you added by address to FILE (stdout without it), to share",
            "  catalog --import FILE",
            "        watch the services of such a file too, skipping those already watched;",
            "        exit 0 all added or watched already, 1 some skipped, 65 the file cannot be used",
            "  history [--service ID] [--since DATE] [--json]",
            "        list the incidents kept in the data directory; DATE is YYYY-MM-DD (UTC)",
            "        or an ISO instant; exit 3 when the history cannot be read",
            "  history --overlaps [--service ID] [--since DATE] [--json]",
            "        the spans when two or more services were not operational at once",
            "  watch [--verbose]",
            "        watch the services in the config with no tray or window: each notification",
            "        and status change is a JSON line on stdout (--verbose: each poll too);",
            "        keeps history like the tray app; runs until SIGTERM or Ctrl-C;",
            "        exit 75 when another StatusTray already uses the data directory",
            "",
            "Global options (before or after the command):",
            "  --config FILE    configuration file",
            "  --data-dir DIR   where history is kept",
            "  --open WINDOW    open overview, history, settings, all (every service on one time axis)",
            "                   or timeline:ID at start",
            "  --debug          show stack traces of internal errors, and the log on stderr too",
            "  --help, --version",
            "",
            "Exit codes of check: 0 operational or maintenance, 1 degraded or partial outage,",
            "  2 major outage, 3 a page could not be read, 64 usage error.",
            "");

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        boolean debug = List.of(args).contains("--debug");
        try {
            GlobalOptions options = GlobalOptions.parse(args);
            if (options.version()) {
                out.println("statustray " + AppVersion.get());
                return 0;
            }
            if (options.help()) {
                out.print(HELP);
                return 0;
            }
            if (options.rest().isEmpty()) {
                return TrayApp.run(options, err);
            }
            String command = options.rest().get(0);
            List<String> rest = options.rest().subList(1, options.rest().size());
            switch (command) {
                case "check":
                    return CheckCommand.run(CheckCommand.parse(rest), out, err);
                case "probe":
                    return ProbeCommand.run(ProbeCommand.parse(rest), out, err);
                case "detect":
                    return DetectCommand.run(rest, out, err);
                case "catalog":
                    return CatalogCommand.run(rest, options, out, err);
                case "history":
                    return HistoryCommand.run(rest, options.dataDir(), out, err);
                case "watch":
                    return WatchCommand.run(rest, options, out, err);
                default:
                    throw new UsageException("unknown command '" + command + "' (try --help)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (UsageException e) {
            err.println("statustray: " + e.getMessage());
            return USAGE;
        } catch (AlreadyRunningException e) {
            err.println("statustray: " + e.getMessage());
            return ALREADY_RUNNING;
        } catch (RuntimeException | Error e) {
            err.println("statustray: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        }
    }
}
