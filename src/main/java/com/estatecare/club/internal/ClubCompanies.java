package com.estatecare.club.internal;

import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;

/** Whose gift catalogue a staff member works on: their company's, or a company in their scope that they name. */
@Component
class ClubCompanies {

    private final Organisation organisation;

    ClubCompanies(Organisation organisation) {
        this.organisation = organisation;
    }

    long of(Long requested, CurrentUser user) {
        if (requested == null) {
            if (user.companyId() == null) {
                throw DomainException.invalidField("companyId", "required");
            }
            return user.companyId();
        }
        organisation.node(requested).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.notFound("club-gift"));
        return requested;
    }
}
