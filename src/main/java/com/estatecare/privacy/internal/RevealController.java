package com.estatecare.privacy.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Privacy", description = "The audit log and the audited reveal of personal data (SPEC §13)")
class RevealController {

    private final Reveals reveals;
    private final Organisation organisation;

    RevealController(Reveals reveals, Organisation organisation) {
        this.reveals = reveals;
        this.organisation = organisation;
    }

    /**
     * What to reveal and why. The fields are checked by the use case, not by bean validation, so that a refusal
     * for bad input is written to the audit log like every other.
     */
    record RevealRequest(String field, String reason, String text) {
    }

    @PostMapping("/customers/{id}/reveal")
    @Operation(summary = "Show a customer's full phone number (field 'phone') or identity number ('idNumber', also"
            + " 'ID_NUMBER') once, with a reason (CALL_BACK, ON_SITE_VISIT, LEGAL, OTHER with text). The phone: agents,"
            + " managers, HQ, and an engineer dispatched to the customer's open request; the identity number:"
            + " managers and HQ only."
            + " Every reveal and every refusal is written to the audit log; beyond the daily limit (policy 'reveal')"
            + " the reveal is refused and the person's manager told")
    ResponseEntity<Reveals.Shown> reveal(@PathVariable long id, @RequestBody RevealRequest body) {
        Reveals.Shown shown = reveals.reveal(id, body.field(), body.reason(), body.text(), organisation.currentUser());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(shown);
    }

    @PostMapping("/requests/{id}/reveal")
    @Operation(summary = "Show a request's free text as typed (field 'description' or 'expectedOutcome'), with the"
            + " phone, ID numbers and e-mail addresses that every answer masks in it, once, with a reason as for a"
            + " customer's number; agents, managers and HQ in their scope. Audited and counted against the same"
            + " daily limit")
    ResponseEntity<Reveals.Shown> revealText(@PathVariable long id, @RequestBody RevealRequest body) {
        Reveals.Shown shown = reveals.revealText(id, body.field(), body.reason(), body.text(), organisation.currentUser());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(shown);
    }
}
