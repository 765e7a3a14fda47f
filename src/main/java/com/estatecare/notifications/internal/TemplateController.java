package com.estatecare.notifications.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The wording of the owners' messages, per kind and language, for the administrators of a company (the group's
 * for administrators above the companies).
 */
@RestController
@RequestMapping("/api/v1/message-templates")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Message templates", description = "Owners' e-mail, SMS and WeChat messages: wording per kind and language")
class TemplateController {

    /** A new wording; {@code version} (optional) is the one it replaces, for a 409 when somebody changed it since. */
    @Schema(name = "MessageTemplateChange")
    record Change(String subject, String body, Long version) {
    }

    /** A wording to try out: the kind's sample values put in. */
    @Schema(name = "MessageTemplatePreview")
    record Preview(String kind, String language, String subject, String body) {
    }

    @Schema(name = "RenderedMessage")
    record Rendered(String subject, String body) {
    }

    private static final Map<String, String> SAMPLE = Map.ofEntries(Map.entry("customer", "张先生"),
            Map.entry("number", "BX-20261126-0001"), Map.entry("unit", "1栋 1单元 1201"),
            Map.entry("time", "2026-11-27 09:30"), Map.entry("component", "防水"), Map.entry("endsOn", "2026-12-31"),
            Map.entry("staff", "李工"), Map.entry("limit", "首次响应"), Map.entry("level", "项目公司"),
            Map.entry("company", "上海城市公司"), Map.entry("month", "2026-10"), Map.entry("period", "2026-Q3"));
    private static final Map<String, String> SAMPLE_EN = Map.ofEntries(Map.entry("customer", "Mr Zhang"),
            Map.entry("number", "BX-20261126-0001"), Map.entry("unit", "Building 1, Unit 1, 1201"),
            Map.entry("time", "2026-11-27 09:30"), Map.entry("component", "waterproofing"),
            Map.entry("endsOn", "2026-12-31"), Map.entry("staff", "Li Gong"), Map.entry("limit", "first response"),
            Map.entry("level", "the project company"), Map.entry("company", "Shanghai city company"),
            Map.entry("month", "2026-10"), Map.entry("period", "2026-Q3"));

    private final MessageTemplates templates;
    private final Organisation organisation;

    TemplateController(MessageTemplates templates, Organisation organisation) {
        this.templates = templates;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "Every message kind in zh-CN and en, as the caller's company writes it now", operationId = "listMessageTemplates")
    List<MessageTemplates.Template> list() {
        return templates.all(company());
    }

    @PutMapping("/{kind}/{language}")
    @Operation(summary = "Change a kind's wording in one language; an unknown placeholder or a text too long is refused with 400", operationId = "changeMessageTemplate")
    MessageTemplates.Template change(@PathVariable String kind, @PathVariable String language,
            @RequestBody Change body) {
        CurrentUser user = organisation.currentUser();
        return templates.save(company(), kind(kind), language(language), body.subject(), body.body(), body.version(),
                user.username());
    }

    @DeleteMapping("/{kind}/{language}")
    @Operation(summary = "Back to the default wording", operationId = "resetMessageTemplate")
    MessageTemplates.Template reset(@PathVariable String kind, @PathVariable String language) {
        return templates.reset(company(), kind(kind), language(language));
    }

    @PostMapping("/preview")
    @Operation(summary = "A wording with sample values, checked as a change would be", operationId = "previewMessageTemplate")
    Rendered preview(@RequestBody Preview body) {
        MessageKind kind = kind(body.kind());
        Map<String, String> sample = "en".equals(language(body.language())) ? SAMPLE_EN : SAMPLE;
        List<FieldProblem> problems = TemplateText.problems(kind, body.subject(), body.body());
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return new Rendered(TemplateText.render(body.subject(), sample), TemplateText.render(body.body(), sample));
    }

    private long company() {
        Long company = organisation.currentUser().companyId();
        return company == null ? 0 : company;
    }

    static MessageKind kind(String kind) {
        return MessageKind.templatedKinds().stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> DomainException.invalidField("kind", "one-of",
                        String.join(", ", MessageKind.templatedKinds().stream().map(Enum::name).toList())));
    }

    static String language(String language) {
        if (!MessageTemplates.LANGUAGES.contains(language)) {
            throw DomainException.invalidField("language", "one-of", String.join(", ", MessageTemplates.LANGUAGES));
        }
        return language;
    }
}
