package com.estatecare.privacy.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Privacy", description = "The audit log and the audited reveal of personal data (SPEC §13)")
class ConsentController {

    private final Consents consents;
    private final Organisation organisation;

    ConsentController(Consents consents, Organisation organisation) {
        this.consents = consents;
        this.organisation = organisation;
    }

    /** A consent given or withdrawn; the fields are checked by the use case, so that each names its problem. */
    record ConsentRequest(String purpose, Boolean granted, String channel, String textVersion) {
    }

    @GetMapping("/customers/{id}/consents")
    @Operation(summary = "A customer's consents (同意记录): the one in force per purpose and every record, newest"
            + " first; staff in the customer's branch, or the owner for their own record")
    Consents.State consents(@PathVariable long id) {
        return consents.of(id, organisation.currentUser());
    }

    @PostMapping("/customers/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a consent given or withdrawn (purpose SERVICE, MARKETING, CLUB, CALL_RECORDING,"
            + " HOME_PHOTOS; granted; channel PORTAL, PHONE, PAPER, ON_SITE, WECHAT, EMAIL; textVersion of the text"
            + " shown). The owner for their own record (channel always PORTAL), or staff who register customers on"
            + " their behalf; written to the audit log")
    Consents.Record record(@PathVariable long id, @RequestBody ConsentRequest body) {
        return consents.record(id, body.purpose(), body.granted(), body.channel(), body.textVersion(),
                organisation.currentUser());
    }
}
