package org.statustray.security;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.Test;
import org.statustray.desktop.NoticeActions;
import org.statustray.fetch.Fetcher;
import org.statustray.ui.UiActions;

/**
 * Rules over the main classes: nothing runs or renders page content, TLS checks are never weakened, and
 * every link goes through the one gate that opens only web pages.
 */
class SecurityRulesTest {
    static final String PROBE_TLS = "org.statustray.fetch.ProbeTls";
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statustray");

    @Test
    void nothingCanRenderHtmlOrRunAScript() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..", "javax.script..",
                "jdk.nashorn..", "org.openjdk.nashorn..", "org.graalvm..", "javax.swing.text.html..")
                .because("incident text is shown as text, never as live HTML or script")
                .check(MAIN);
    }

    @Test
    void noImageIsLoadedFromAnAddress() {
        noClasses().should().callConstructorWhere(builtFromAString(Image.class))
                .orShould().callConstructorWhere(builtFromAString(ImageView.class))
                .because("an image named in a page must never be fetched; icons are drawn or read from bytes")
                .check(MAIN);
    }

    @Test
    void tlsIsNeverConfiguredSoItsChecksCannotBeTurnedOff() {
        // No trust manager, hostname verifier, SSLContext or SSLParameters of our own: only the JDK's defaults.
        noClasses().that().doNotHaveFullyQualifiedName(PROBE_TLS)
                .should().dependOnClassesThat(resideInAPackage("javax.net.ssl..")
                        .and(DescribedPredicate.not(assignableTo(SSLException.class))))
                .because("certificate and host name checks are the JDK's, untouched; an SSLException is only reported")
                .check(MAIN);
    }

    @Test
    void theProbesOwnHandshakeTakesTheDefaultContextAndAddsNoTrustOfItsOwn() {
        // The probe times its TLS handshake on a socket of its own, so it alone may hold an SSLSocket; it turns
        // host name verification on (ProberTlsTest refuses a trusted certificate for another name).
        noClasses().that().haveFullyQualifiedName(PROBE_TLS)
                .should().dependOnClassesThat().areAssignableTo(TrustManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(HostnameVerifier.class)
                .orShould().dependOnClassesThat().areAssignableTo(KeyManager.class)
                .orShould().callMethod(SSLContext.class, "getInstance", String.class)
                .orShould().callMethod(SSLContext.class, "init", KeyManager[].class, TrustManager[].class, SecureRandom.class)
                .because("the probe's certificate and host name checks are the JDK's defaults")
                .check(MAIN);
    }

    @Test
    void noMainClassNamesAPropertyThatWeakensTls() throws IOException {
        Path classes = Path.of(Fetcher.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String constants = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String property : List.of("disableHostnameVerification", "javax.net.ssl.trustStore",
                        "jdk.tls.disabledAlgorithms", "jdk.certpath.disabledAlgorithms", "jsse.enableSNIExtension",
                        "com.sun.net.ssl.checkRevocation", "jdk.httpclient.allowRestrictedHeaders")) {
                    if (constants.contains(property)) {
                        found.add(classes.relativize(f) + ": " + property);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(classes.resolve("org/statustray/fetch/Fetcher.class")).as("the scan reads the main classes").exists();
    }

    @Test
    void everyLinkIsOpenedByAppActionsOnly() {
        classes().that().implement(UiActions.class).or().implement(NoticeActions.class)
                .and().areNotAnonymousClasses()
                .should().haveFullyQualifiedName("org.statustray.app.AppActions")
                .because("windows and notifications open links through UiActions and NoticeActions, whose one"
                        + " implementation checks them")
                .check(MAIN);
        noClasses().that().doNotHaveFullyQualifiedName("org.statustray.app.AppActions")
                .should().callMethod(Desktop.class, "browse", java.net.URI.class)
                .orShould().callMethodWhere(ownedBy("javafx.application.HostServices"))
                .orShould().callConstructorWhere(ownedBy("java.lang.ProcessBuilder")
                        .and(DescribedPredicate.not(calledFrom("org.statustray.ui.Theme")))
                        .and(DescribedPredicate.not(calledFrom("org.statustray.app.LeanLaunch"))))
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .because("a link reaches the system only through AppActions, which checks it (Theme asks the"
                        + " desktop for its colour scheme; LeanLaunch starts this same JVM's own java with the"
                        + " jar's flags and the person's own arguments, never a link)")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaCall<?>> builtFromAString(Class<?> type) {
        return DescribedPredicate.describe("a " + type.getSimpleName() + " built from a URL string",
                call -> call.getTargetOwner().isEquivalentTo(type)
                        && !call.getTarget().getRawParameterTypes().isEmpty()
                        && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(String.class));
    }

    private static DescribedPredicate<JavaCall<?>> ownedBy(String owner) {
        return DescribedPredicate.describe("a call on " + owner, call -> call.getTargetOwner().getName().equals(owner));
    }

    private static DescribedPredicate<JavaCall<?>> calledFrom(String className) {
        return DescribedPredicate.describe("made by " + className,
                call -> call.getOriginOwner().getName().equals(className));
    }
}
