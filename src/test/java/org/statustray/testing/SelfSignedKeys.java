package org.statustray.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed key and certificate made with the JDK's own keytool, for local TLS servers: clients with the
 * default trust store refuse it; {@link #trustingClient()} trusts it (and still checks the name).
 */
public final class SelfSignedKeys {
    public static final char[] PASSWORD = "changeit".toCharArray();

    private final KeyStore keys;

    private SelfSignedKeys(KeyStore keys) {
        this.keys = keys;
    }

    /** @param san the certificate's names in keytool's spelling, e.g. {@code ip:127.0.0.1,dns:localhost} */
    public static SelfSignedKeys make(Path dir, String san) throws IOException, InterruptedException, GeneralSecurityException {
        Path store = Files.createTempFile(dir, "server", ".p12");
        Files.delete(store);
        Path log = dir.resolve(store.getFileName() + ".log");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "local", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=" + san, "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!keytool.waitFor(50, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + Files.readString(log));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        return new SelfSignedKeys(keys);
    }

    public KeyStore keys() {
        return keys;
    }

    /** A server's context that presents this certificate. */
    public SSLContext server() throws GeneralSecurityException {
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(km.getKeyManagers(), null, null);
        return tls;
    }

    /** A client's context that trusts this certificate and nothing else. */
    public SSLContext trustingClient() throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
