package com.estatecare.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The facts that decide a complaint's grade: how many complain together, a
 * lawsuit, the media, and whether it needs a consultant or another company.
 * Staff assess them; a request that is not a complaint keeps the defaults.
 */
@Embeddable
public record ComplaintFacts(
        @Column(name = "complainant_count") int complainantCount,
        @Enumerated(EnumType.STRING) @Column(name = "lawsuit") Lawsuit lawsuit,
        @Enumerated(EnumType.STRING) @Column(name = "media") Media media,
        @Column(name = "needs_support") boolean needsSupport) {

    /** One complainant, no lawsuit, no media, no outside help. */
    public static final ComplaintFacts ORDINARY = new ComplaintFacts(1, Lawsuit.NONE, Media.NONE, false);

    public ComplaintFacts {
        if (complainantCount < 1 || lawsuit == null || media == null) {
            throw new IllegalArgumentException("complaint facts need at least one complainant, a lawsuit and a media state");
        }
    }

    /** These facts with the given ones changed; {@code null} keeps a fact. */
    public ComplaintFacts with(Integer complainantCount, Lawsuit lawsuit, Media media, Boolean needsSupport) {
        return new ComplaintFacts(complainantCount != null ? complainantCount : this.complainantCount,
                lawsuit != null ? lawsuit : this.lawsuit, media != null ? media : this.media,
                needsSupport != null ? needsSupport : this.needsSupport);
    }
}
