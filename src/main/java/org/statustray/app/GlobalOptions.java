package org.statustray.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Options that may stand before or after the command, taken out of the argument list so that what is
 * left is the command and its own arguments.
 */
record GlobalOptions(@Nullable Path config, @Nullable Path dataDir, boolean debug, @Nullable String open, boolean help,
        boolean version,
        List<String> rest) {

    static GlobalOptions parse(String[] args) throws UsageException {
        Path config = null;
        Path dataDir = null;
        String open = null;
        boolean debug = false;
        boolean help = false;
        boolean version = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--config": config = Path.of(Args.value(args, i, arg)); i += Args.consumed(arg); break;
                case "--data-dir": dataDir = Path.of(Args.value(args, i, arg)); i += Args.consumed(arg); break;
                case "--open": open = window(Args.value(args, i, arg)); i += Args.consumed(arg); break;
                case "--debug": debug = true; break;
                case "--help": case "-h": help = true; break;
                case "--version": version = true; break;
                default: rest.add(arg);
            }
        }
        return new GlobalOptions(config, dataDir, debug, open, help, version, List.copyOf(rest));
    }

    /** {@code overview}, {@code history}, {@code settings}, {@code all} or {@code timeline:SERVICE_ID}. */
    static String window(String name) throws UsageException {
        if (List.of("overview", "history", "settings", "all").contains(name)
                || name.startsWith("timeline:") && name.length() > "timeline:".length()) {
            return name;
        }
        throw new UsageException("--open takes overview, history, settings, all or timeline:SERVICE_ID, not '" + name + "'");
    }
}
