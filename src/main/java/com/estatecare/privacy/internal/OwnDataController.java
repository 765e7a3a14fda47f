package com.estatecare.privacy.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.club.ClubData;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Privacy", description = "The audit log and the audited reveal of personal data (SPEC §13)")
class OwnDataController {

    private final OwnData ownData;
    private final Organisation organisation;
    private final OwnDataWorkbook workbook;

    OwnDataController(OwnData ownData, Organisation organisation, OwnDataWorkbook workbook) {
        this.ownData = ownData;
        this.organisation = organisation;
        this.workbook = workbook;
    }

    @GetMapping("/me/personal-data")
    @Operation(summary = "The signed-in owner's copy of their personal data (个人信息副本, PIPL art. 45): their record,"
            + " units, consents, customer file and club data (membership, points, merchant ratings), masked; format 'json' (default), 'csv' or 'xlsx' (readable,"
            + " headed in the caller's language), as a download."
            + " Owners only; each copy is written to the audit log")
    ResponseEntity<?> copy(@RequestParam(required = false) String format) {
        String as = format == null || format.isBlank() ? "json" : format;
        if (!OwnDataWorkbook.formats().contains(as)) {
            throw DomainException.invalidField("format", "one-of", String.join(", ", OwnDataWorkbook.formats()));
        }
        OwnData.Copy copy = ownData.of(organisation.currentUser(), as);
        var answer = ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("personal-data." + as).build().toString());
        if (as.equals("json")) {
            return answer.contentType(MediaType.APPLICATION_JSON).body(copy);
        }
        if (as.equals("xlsx")) {
            return answer.contentType(MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(workbook.write(copy, LocaleContextHolder.getLocale()));
        }
        return answer.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(("\uFEFF" + csv(copy)).getBytes(StandardCharsets.UTF_8));
    }

    /** The club's rows: the membership's fields, then one row per points entry, merchant rating and sign-up. */
    private static void club(CSVPrinter csv, ClubData.Copy club) throws IOException {
        ClubData.Membership m = club.membership();
        if (m != null) {
            csv.printRecord("club-member", 1, "number", m.number());
            csv.printRecord("club-member", 1, "status", m.status());
            csv.printRecord("club-member", 1, "joinedAt", m.joinedAt());
            csv.printRecord("club-member", 1, "leftAt", m.leftAt());
            csv.printRecord("club-member", 1, "birthday", m.birthday());
            csv.printRecord("club-member", 1, "greetings", m.greetings());
            csv.printRecord("club-member", 1, "magazine", m.magazine());
        }
        int i = 0;
        for (ClubData.PointsEntry e : club.points()) {
            i++;
            csv.printRecord("club-points", i, e.kind() + (e.rule() == null ? "" : " " + e.rule()), e.at() + " "
                    + e.points() + " = " + e.balanceAfter() + (e.gift() == null ? "" : " " + e.gift()));
        }
        i = 0;
        for (ClubData.MerchantRating r : club.merchantRatings()) {
            i++;
            csv.printRecord("club-rating", i, r.merchant() + " " + r.year(), r.score() + " "
                    + (r.comment() == null ? "" : r.comment()));
        }
        i = 0;
        for (ClubData.ActivitySignUp a : club.activitySignUps()) {
            i++;
            csv.printRecord("club-activity", i, a.theme() + " " + a.startsAt(), signUpText(a));
        }
    }

    /** A sign-up's status, times and evaluation as one value. */
    static String signUpText(ClubData.ActivitySignUp a) {
        return a.status() + " " + a.signedAt() + (a.attendedAt() == null ? "" : " attended " + a.attendedAt())
                + (a.rating() == null ? "" : " " + a.rating()) + (a.comment() == null ? "" : " " + a.comment());
    }

    /** One row per fact: section, number within it, field, value. */
    private static String csv(OwnData.Copy copy) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("section", "item", "field", "value").get())) {
            for (Map.Entry<String, Object> e : copy.customer().entrySet()) {
                csv.printRecord("customer", 1, e.getKey(), e.getValue());
            }
            int i = 0;
            for (Map<String, Object> unit : copy.units()) {
                i++;
                for (Map.Entry<String, Object> e : unit.entrySet()) {
                    csv.printRecord("unit", i, e.getKey(), e.getValue());
                }
            }
            i = 0;
            for (Consents.Record r : copy.consents()) {
                i++;
                csv.printRecord("consent", i, r.purpose(), (r.granted() ? "GRANTED " : "WITHDRAWN ") + r.channel()
                        + " " + r.textVersion() + " " + r.at());
            }
            i = 0;
            for (Map<String, Object> line : copy.file()) {
                i++;
                csv.printRecord("file", i, line.get("kind") + " " + line.get("reference"), line.get("at") + " "
                        + line.get("summary"));
            }
            club(csv, copy.club());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
