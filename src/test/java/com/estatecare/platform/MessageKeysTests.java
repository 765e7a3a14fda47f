package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text exists in Simplified Chinese (the default) and in English. */
class MessageKeysTests {

    @Test
    void chineseAndEnglishMessagesHaveTheSameKeys() throws IOException {
        Properties zh = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageKeysTests.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
