package com.estatecare.privacy.internal;

/** Who did what an entry records, and from which address; {@code id} is empty for a sign-in under an unknown name. */
record Actor(Long id, String username, String name, String address) {

    static final Actor SYSTEM = new Actor(null, "system", "system", null);
}
