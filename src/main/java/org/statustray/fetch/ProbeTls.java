package org.statustray.fetch;

import java.io.IOException;
import java.net.Socket;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The one place outside the HTTP client that speaks TLS: a probe's handshake over its own socket, so that the
 * handshake can be timed on its own. It takes the JDK's default context (its trust store, untouched) and turns on
 * what a bare {@link SSLSocket} leaves off: host name verification ({@code HTTPS} endpoint identification).
 * {@code SecurityRulesTest} lets no other main class touch {@code javax.net.ssl}.
 */
final class ProbeTls {
    private final SSLSocketFactory factory;

    /** With the JDK's default context: its trust store and protocols. */
    static ProbeTls defaults() {
        try {
            return new ProbeTls(SSLContext.getDefault().getSocketFactory());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no default TLS context", e);
        }
    }

    /** Tests give a factory that trusts their own certificate; the checks below stay on. */
    ProbeTls(SSLSocketFactory factory) {
        this.factory = factory;
    }

    /**
     * Runs the handshake over {@code plain} (connected) for {@code host}, verifying the certificate and that it
     * names {@code host}. Bounded by the socket's read timeout, which the caller sets.
     */
    Socket handshake(Socket plain, String host, int port) throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!ProbeAddress.isLiteral(host)) {
            try {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            } catch (IllegalArgumentException e) {
                // a name SNI cannot carry (an underscore): the handshake goes without, the name is still verified
            }
        }
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(plain.getSoTimeout());
        tls.startHandshake();
        return tls;
    }
}
