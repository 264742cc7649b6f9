package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read AWS guid gives exactly what its pattern ({@link AwsGuids#GUID}) gives. */
class AwsGuidsEquivalenceTest {
    private static final String[] TOKENS = {
        "http", "https", "HTTP", "HttpS", "://", ":/", "status", "STATUS", "health", "Health", "ſtatus", ".aws",
        ".AWS", ".amazon", ".com", ".aws.amazon.com", "/", "#", "##", "_", "__", "-", "--", ".", "ec2", "EC2",
        "us-east-1", "-us-gov-west-1", "1639599392", "163959939", "16395993921", "1", "0", "9", "a", "K", "\u212A",
        "\n", "\r", "\u0085", "\u2028", " ", "?x=1", "é", "\uD83D\uDE00", "١٢٣",
    };

    @Test
    void randomIdsReadAsThePatternReadsThem() {
        Random random = new Random(20261207);
        int matched = 0;
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(3) > 0) {
                b.append(random.nextBoolean() ? "http://status.aws.amazon.com/" : "https://health.aws.amazon.com");
            }
            int tokens = random.nextInt(round % 10 == 0 ? 30 : 8);
            for (int t = 0; t < tokens; t++) {
                b.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            if (random.nextBoolean()) {
                b.append("#ec2-us-east-1_1639599392".substring(random.nextInt(5)));
            }
            String id = b.toString();
            assertThat(AwsGuids.groups(id)).as("%s", id).isEqualTo(AwsGuids.byPattern(id));
            matched += AwsGuids.byPattern(id) == null ? 0 : 1;
        }
        assertThat(matched).as("ids that match").isGreaterThan(10_000);
    }

    @Test
    void realGuidsRead() {
        for (String id : new String[] {"http://status.aws.amazon.com/#internetconnectivity-us-gov-west-1_1639599392",
            "https://health.aws.amazon.com/health/status#ec2-us-east-1_1639599392", "HTTP://STATUS.AWS.AMAZON.COM#A_123456789",
            "http://status.aws.amazon.com/#multipleservices-us-east-1_1639172915", "urn:x#ec2_1639599392", ""}) {
            assertThat(AwsGuids.groups(id)).as("%s", id).isEqualTo(AwsGuids.byPattern(id));
        }
        assertThat(AwsGuids.groups("http://status.aws.amazon.com/#ec2-us-east-1_1639599392"))
                .containsExactly("ec2-us-east-1", "1639599392");
    }
}
