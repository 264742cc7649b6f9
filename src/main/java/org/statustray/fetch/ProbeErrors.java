package org.statustray.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;

/** A probe's network fault as a {@link ProbeFailure} and one line a person understands. */
final class ProbeErrors {
    /** What the probe was doing when it failed. */
    enum Stage { RESOLVE, CONNECT, TLS, ANSWER }

    private ProbeErrors() {
    }

    /**
     * @param late     the probe's time had run out (a socket closed at the deadline says only "closed")
     * @param received bytes of the answer read so far
     */
    static ProbeTrouble of(IOException e, Stage stage, ProbeAddress a, Duration timeout, boolean late, int received) {
        String where = a.shown();
        if (e instanceof UnknownHostException) {
            return new ProbeTrouble(ProbeFailure.DNS, "DNS: no address for " + a.host());
        }
        if (late || e instanceof SocketTimeoutException) {
            return timedOut(stage, a, timeout, received);
        }
        if (e instanceof SSLException && !(e.getCause() instanceof SocketException)) {
            return new ProbeTrouble(ProbeFailure.TLS, "TLS: " + tlsReason(e, a.host()));
        }
        if (e instanceof NoRouteToHostException) {
            return new ProbeTrouble(ProbeFailure.UNREACHABLE, "no route to " + where);
        }
        String message = deepestMessage(e).toLowerCase(Locale.ROOT);
        if (message.contains("refused")) {
            return new ProbeTrouble(ProbeFailure.UNREACHABLE, "connection refused by " + where);
        }
        if (message.contains("reset") || message.contains("broken pipe")) {
            return new ProbeTrouble(ProbeFailure.UNREACHABLE, "connection reset by " + where
                    + (received == 0 ? " before any answer" : " during its answer"));
        }
        if (e instanceof ConnectException || e instanceof SocketException) {
            return new ProbeTrouble(ProbeFailure.UNREACHABLE, "could not reach " + where + " (" + deepestMessage(e) + ")");
        }
        return new ProbeTrouble(ProbeFailure.OTHER, where + ": " + deepestMessage(e));
    }

    static ProbeTrouble timedOut(Stage stage, ProbeAddress a, Duration timeout, int received) {
        String within = "no answer within " + Failures.duration(timeout);
        String where = a.shown();
        switch (stage) {
            case RESOLVE:
                return new ProbeTrouble(ProbeFailure.DNS, "DNS: no answer for " + a.host() + " within "
                        + Failures.duration(timeout));
            case CONNECT:
                return new ProbeTrouble(ProbeFailure.TIMEOUT, within + " (connecting to " + where + ")");
            case TLS:
                return new ProbeTrouble(ProbeFailure.TIMEOUT, within + " (TLS handshake with " + where + ")");
            default:
                return new ProbeTrouble(ProbeFailure.TIMEOUT, received == 0
                        ? within + " (waiting for " + where + " to answer)"
                        : "no complete answer within " + Failures.duration(timeout) + " (" + where + " sent only "
                                + received + (received == 1 ? " byte)" : " bytes)"));
        }
    }

    private static String tlsReason(Throwable e, String host) {
        String detail = " (" + Failures.excerpt(deepestMessage(e), 120) + ")";
        if (find(e, CertificateExpiredException.class)) {
            return "certificate expired" + detail;
        }
        if (find(e, CertPathBuilderException.class) || find(e, CertPathValidatorException.class)) {
            return "certificate not trusted" + detail;
        }
        String message = deepestMessage(e);
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return "certificate is not for " + host + detail;
        }
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "the server does not speak TLS on this port" + detail;
        }
        return "handshake failed" + detail;
    }

    private static boolean find(@Nullable Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String deepestMessage(Throwable t) {
        String message = null;
        Throwable at = t;
        for (int depth = 0; at != null && depth < 10; at = at.getCause(), depth++) {
            if (at.getMessage() != null && !at.getMessage().isBlank()) {
                message = at.getMessage();
            }
        }
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
