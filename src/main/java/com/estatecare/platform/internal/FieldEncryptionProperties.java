package com.estatecare.platform.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of field-level encryption ({@code estatecare.field-encryption}): the id of the active key, every key
 * by id (32 bytes in Base64; keys that sealed stored values stay until those are sealed again), the blind index's
 * key. The demo's keys are configured outside the prod profile only.
 */
@ConfigurationProperties("estatecare.field-encryption")
record FieldEncryptionProperties(String activeKey, Map<String, String> keys, String indexKey) {
}
