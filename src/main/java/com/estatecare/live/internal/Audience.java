package com.estatecare.live.internal;

import com.estatecare.organisation.CurrentUser;

/**
 * Who receives a change: staff whose branch of the organisation covers the
 * request ({@link CurrentUser#covers}, the rule of
 * {@link com.estatecare.organisation.VisibleTo} read for one path), with
 * everything the staff list shows; its owner when the step was told to the
 * customer, without internal facts; nobody else.
 */
enum Audience {
    STAFF, OWNER, NOBODY;

    static Audience of(CurrentUser user, Note note) {
        if (user.isOwner()) {
            boolean own = user.customerId() != null && user.customerId().equals(note.customerId())
                    && (user.companyId() == null || user.companyId() == note.companyId());
            return own && note.toldToCustomer() ? OWNER : NOBODY;
        }
        return user.covers(note.scopePath()) ? STAFF : NOBODY;
    }
}
