package org.statustray.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.statustray.model.Status;

/** A status word's colour: its mark's hue, readable on the light and the dark theme; one source for every window. */
class StatusTextTest {

    @Test
    void partialOutageIsTheOrangeOfItsMarkAndMajorOutageTheRed() {
        for (boolean dark : new boolean[] {false, true}) {
            Color partial = StatusText.colour(Status.PARTIAL_OUTAGE, dark);
            Color major = StatusText.colour(Status.MAJOR_OUTAGE, dark);
            assertThat(partial.getHue()).as("orange").isBetween(15.0, 35.0)
                    .isCloseTo(StatusMark.colour(Status.PARTIAL_OUTAGE).getHue(), within(1.0));
            assertThat(major.getHue()).as("red").satisfiesAnyOf(h -> assertThat(h).isLessThan(10.0),
                    h -> assertThat(h).isGreaterThan(350.0));
            assertThat(major.getHue()).isCloseTo(StatusMark.colour(Status.MAJOR_OUTAGE).getHue(), within(1.0));
            assertThat(partial).isNotEqualTo(major);
        }
    }

    @Test
    void everyStatusKeepsItsMarksHueAndReadsOnItsBackground() {
        for (Status s : EnumSet.allOf(Status.class)) {
            Color mark = StatusMark.colour(s);
            Color light = StatusText.colour(s, false);
            Color dark = StatusText.colour(s, true);
            assertThat(light.getHue()).as(s + " on light").isCloseTo(mark.getHue(), within(1.0));
            assertThat(dark.getHue()).as(s + " on dark").isCloseTo(mark.getHue(), within(1.0));
            assertThat(StatusText.contrast(light, StatusText.LIGHT_BACKGROUND)).as(s + " on light")
                    .isGreaterThanOrEqualTo(StatusText.READABLE);
            assertThat(StatusText.contrast(dark, StatusText.DARK_BACKGROUND)).as(s + " on dark")
                    .isGreaterThanOrEqualTo(StatusText.READABLE);
        }
    }

    @Test
    void aMarkThatAlreadyReadsIsTakenAsItIs() {
        assertThat(StatusText.colour(Status.MAJOR_OUTAGE, false)).isEqualTo(StatusMark.colour(Status.MAJOR_OUTAGE));
        assertThat(StatusText.colour(Status.OPERATIONAL, false)).isEqualTo(StatusMark.colour(Status.OPERATIONAL));
    }
}
