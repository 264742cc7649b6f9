package org.statustray.desktop.sni;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Menu labels as a dbusmenu host draws them. */
class SniMenuItemsTest {

    @Test
    void anUnderscoreInALabelIsNotAMnemonic() {
        assertThat(SniMenuItems.mnemonicSafe("My_API — major outage")).isEqualTo("My__API — major outage");
    }
}
