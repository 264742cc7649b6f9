package org.statustray.platform;

import java.util.ArrayList;
import java.util.List;

/** The text of the login entries, and the command line they run split into its arguments. */
final class AutostartFiles {
    /** Characters after which the desktop entry spec wants an Exec argument quoted. */
    private static final String EXEC_RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    private AutostartFiles() {
    }

    /** An XDG autostart entry that runs {@code args}. */
    static String desktopEntry(List<String> args) {
        List<String> quoted = new ArrayList<>();
        for (String a : args) {
            quoted.add(execArgument(a));
        }
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=StatusTray\n"
                + "Comment=Status of the services you depend on, in the system tray\n"
                + "Exec=" + String.join(" ", quoted) + "\n"
                + "Terminal=false\n"
                + "Categories=Utility;\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    /** A launchd agent that runs {@code args} when the user logs in. */
    static String launchAgent(String label, List<String> args) {
        StringBuilder b = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
                .append("<plist version=\"1.0\">\n<dict>\n")
                .append("  <key>Label</key>\n  <string>").append(xml(label)).append("</string>\n")
                .append("  <key>ProgramArguments</key>\n  <array>\n");
        for (String a : args) {
            b.append("    <string>").append(xml(a)).append("</string>\n");
        }
        return b.append("  </array>\n")
                .append("  <key>RunAtLoad</key>\n  <true/>\n")
                .append("  <key>ProcessType</key>\n  <string>Interactive</string>\n")
                .append("</dict>\n</plist>\n").toString();
    }

    /**
     * A command line split as a POSIX shell would, without expansions: spaces separate arguments, single
     * quotes keep everything, double quotes keep all but {@code \"} and {@code \\}, a backslash escapes.
     *
     * @throws IllegalArgumentException for an unclosed quote or an empty command
     */
    static List<String> split(String command) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                    current.append(command.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inArg = true;
            } else if (c == '\\' && i + 1 < command.length()) {
                current.append(command.charAt(++i));
                inArg = true;
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArg = false;
                }
            } else {
                current.append(c);
                inArg = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("a quote is not closed in " + command);
        }
        if (inArg) {
            args.add(current.toString());
        }
        if (args.isEmpty()) {
            throw new IllegalArgumentException("the command is empty");
        }
        return args;
    }

    /** {@code arg} quoted for {@link #split} when it needs to be. */
    static String quote(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> EXEC_RESERVED.indexOf(c) >= 0)) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /**
     * One Exec argument: quoted (with {@code " ` $ \} escaped) when it holds a reserved character, {@code %}
     * doubled (field codes), then the string escapes of the file format ({@code \\}, {@code \n}).
     */
    private static String execArgument(String arg) {
        String a = arg;
        if (a.isEmpty() || a.chars().anyMatch(c -> EXEC_RESERVED.indexOf(c) >= 0)) {
            StringBuilder q = new StringBuilder("\"");
            for (char c : a.toCharArray()) {
                if ("\"`$\\".indexOf(c) >= 0) {
                    q.append('\\');
                }
                q.append(c);
            }
            a = q.append('"').toString();
        }
        return a.replace("%", "%%").replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
