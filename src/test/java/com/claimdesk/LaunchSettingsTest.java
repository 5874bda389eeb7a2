package com.claimdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void aPropertyNamesTheSameEnvironmentVariableUnderATurkishLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("CLAIMDESK_DATA_DIR", LaunchSettings.environmentName("claimdesk.data-dir"));
            assertEquals("QUARKUS_DATASOURCE_JDBC_URL", LaunchSettings.environmentName("quarkus.datasource.jdbc.url"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
