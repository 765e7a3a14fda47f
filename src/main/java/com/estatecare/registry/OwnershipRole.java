package com.estatecare.registry;

/** 产权人 or 共有产权人. */
public enum OwnershipRole {
    OWNER,
    CO_OWNER
}
