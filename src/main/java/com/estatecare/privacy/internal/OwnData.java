package com.estatecare.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.club.ClubData;
import com.estatecare.customerfile.CustomerFile;
import com.estatecare.customerfile.CustomerFileEntry;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PersonalDataInText;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;

/**
 * The owner's copy of their personal data (PIPL art. 45, 个人信息副本): who they are to the service centre, their
 * units, their consents, the lines of their customer file that were told to them and what the customer club keeps
 * of them (membership, points, merchant ratings; {@link ClubData}) — masked as everywhere (the
 * copy travels by e-mail and downloads folders; the full numbers stay behind the audited reveal). Each copy is an
 * audit entry ({@code EXPORT}).
 */
@Service
class OwnData {

    /** The most customer-file lines one copy holds (an owner's file of many years fits well within it). */
    static final int MAX_FILE_LINES = 2_000;

    /** The copy, as JSON and, flattened, as CSV. */
    record Copy(Instant madeAt, Map<String, Object> customer, List<Map<String, Object>> units,
            List<Consents.Record> consents, List<Map<String, Object>> file, ClubData.Copy club) {
    }

    private final Registry registry;
    private final Consents consents;
    private final CustomerFile customerFile;
    private final AuditLog log;
    private final Callers callers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClubData club;

    OwnData(Registry registry, Consents consents, CustomerFile customerFile, AuditLog log, Callers callers,
            TransactionTemplate transactions, Clock clock, ClubData club) {
        this.club = club;
        this.registry = registry;
        this.consents = consents;
        this.customerFile = customerFile;
        this.log = log;
        this.callers = callers;
        this.transactions = transactions;
        this.clock = clock;
    }

    Copy of(CurrentUser user, String format) {
        if (!user.isOwner() || user.customerId() == null) {
            throw DomainException.forbidden("forbidden");
        }
        long id = user.customerId();
        CustomerView c = registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", c.name());
        customer.put("kind", c.kind().name());
        customer.put("phone", PhoneNumber.mask(c.phone()));
        customer.put("email", c.email() == null ? null : PersonalDataInText.mask(c.email()));
        customer.put("preferredChannel", c.preferredChannel());
        customer.put("idType", c.idType());
        customer.put("idNumber", c.idMasked());
        List<Map<String, Object>> units = registry.unitsOf(id).stream().map(u -> Map.<String, Object>of(
                "unit", Registry.label(u), "deliveredOn", String.valueOf(u.deliveredOn()))).toList();
        List<Map<String, Object>> file = customerFile.of(id, null, MAX_FILE_LINES, user).items().stream()
                .map(OwnData::line).toList();
        Copy copy = new Copy(clock.instant(), customer, units, consents.of(id, user).history(), file, club.of(id));
        transactions.executeWithoutResult(status -> log.append(new AuditLog.Entry(AuditAction.EXPORT,
                AuditEntry.DONE, callers.of(user), c.companyId(), c.scopePath(), "CUSTOMER", id, format,
                Map.of("copy", "personal-data", "format", format, "fileLines", file.size()))));
        return copy;
    }

    private static Map<String, Object> line(CustomerFileEntry e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", e.at().toString());
        line.put("kind", e.kind());
        line.put("reference", e.reference());
        line.put("summary", PersonalDataInText.mask(e.summary()));
        return line;
    }
}
