package com.estatecare.knowledge.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.registry.ComponentView;
import com.estatecare.registry.Registry;

/**
 * The defect report for design and engineering (项目缺陷反馈表) as CSV, written by Apache Commons CSV: UTF-8
 * with a byte-order mark so that Excel and WPS read the Chinese; the headers, causes and components in the
 * caller's language; one line per project, building, component and cause, the most frequent first.
 */
@Component
class DefectReport {

    private static final String[] COLUMNS = { "project", "building", "component", "cause", "defects", "units",
            "recurring" };

    private final DefectFigures figures;
    private final Registry registry;
    private final MessageSource messages;

    DefectReport(DefectFigures figures, Registry registry, MessageSource messages) {
        this.figures = figures;
        this.registry = registry;
        this.messages = messages;
    }

    byte[] csv(Long projectId, ReportPeriod period, CurrentUser user) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean chinese = !"en".equals(locale.getLanguage());
        Map<String, ComponentView> components = registry.components().stream()
                .collect(Collectors.toMap(ComponentView::code, Function.identity()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            for (String column : COLUMNS) {
                csv.print(text("defect.column." + column, locale));
            }
            csv.println();
            for (DefectFigures.Group g : figures.groups(projectId, period, user)) {
                ComponentView component = g.componentCode() == null ? null : components.get(g.componentCode());
                csv.printRecord(g.project(), g.building(),
                        component == null ? text("defect.component.none", locale)
                                : chinese ? component.nameZh() : component.nameEn(),
                        text("defect.cause." + g.cause(), locale), g.defects(), g.units(),
                        text(g.recurring() ? "defect.yes" : "defect.no", locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
