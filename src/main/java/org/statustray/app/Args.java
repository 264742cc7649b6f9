package org.statustray.app;

/** The two spellings of an option with a value: {@code --name value} and {@code --name=value}. */
final class Args {
    private Args() {
    }

    static String value(String[] args, int i, String arg) throws UsageException {
        int eq = arg.indexOf('=');
        if (eq >= 0) {
            return arg.substring(eq + 1);
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(arg + " needs a value");
        }
        return args[i + 1];
    }

    /** How many extra arguments the option took (1 for the separate-value spelling). */
    static int consumed(String arg) {
        return arg.contains("=") ? 0 : 1;
    }
}
