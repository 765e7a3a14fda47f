package com.estatecare.reporting.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.estatecare.registry.ComponentView;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.requests.ServiceFigures;

/**
 * The words of the monthly report in the reader's language (messages.properties, Chinese by default): the
 * report's own headings ({@code report.*}) and the codes it shows (kinds, channels, categories, grades,
 * limits, levels), the projects' and components' names from the registry.
 */
@Component
class ReportLabels {

    private final MessageSource messages;
    private final Registry registry;

    ReportLabels(MessageSource messages, Registry registry) {
        this.messages = messages;
        this.registry = registry;
    }

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** "上海城市公司 2026年11月客服月报" or "上海城市公司 2026年第4季度客服评估报告". */
    String title(String nodeName, ReportingPeriod period, Locale locale) {
        return period.kind() == ReportingPeriod.Kind.MONTH
                ? text("report.monthly.title", locale, nodeName, period.first().getYear(),
                        period.first().getMonthValue())
                : text("report.quarterly.title", locale, nodeName, period.first().getYear(), period.quarterNumber());
    }

    /** "上海城市公司 2026年11月项目缺陷反馈" or "… 2026年第4季度项目缺陷反馈". */
    String defectTitle(String nodeName, ReportingPeriod period, Locale locale) {
        return period.kind() == ReportingPeriod.Kind.MONTH
                ? text("report.defects.title.month", locale, nodeName, period.first().getYear(),
                        period.first().getMonthValue())
                : text("report.defects.title.quarter", locale, nodeName, period.first().getYear(),
                        period.quarterNumber());
    }

    String milestone(String code, Locale locale) {
        return code(code, "report.milestone.", locale);
    }

    String cause(String code, Locale locale) {
        return code(code, "defect.cause.", locale);
    }

    /** A component's name from the registry in the reader's language; none: "未指定部位". */
    String component(String code, Locale locale) {
        if (code == null) {
            return text("defect.component.none", locale);
        }
        ComponentView component = components().get(code);
        return component == null ? code : english(locale) ? component.nameEn() : component.nameZh();
    }

    String dimension(String dimension, Locale locale) {
        return text("report.dimension." + dimension, locale);
    }

    String kpi(String code, Locale locale) {
        return text("report.kpi." + code, locale);
    }

    String unavailable(String code, Locale locale) {
        return text("report.unavailable." + code, locale);
    }

    String kind(String code, Locale locale) {
        return code(code, "kind.", locale);
    }

    String channel(String code, Locale locale) {
        return code(code, "report.channel.", locale);
    }

    String category(String code, Locale locale) {
        return code(code, "report.category.", locale);
    }

    String grade(String code, Locale locale) {
        return code(code, "report.grade.", locale);
    }

    /** A time limit of the default policy by its name; a company's own limit by its key. */
    String limit(String key, Locale locale) {
        return messages.getMessage("subject." + key, null, key, locale);
    }

    String level(String code, Locale locale) {
        return code(code, "report.level.", locale);
    }

    String project(String id, Locale locale) {
        if (id == null) {
            return text("report.none", locale);
        }
        return registry.project(Long.parseLong(id)).map(ProjectView::name).orElse(id);
    }

    /** "报修 · 房屋质量 · 卫生间防水": kind, category and component, those the problem has. */
    String problem(ServiceFigures.Problem problem, Locale locale) {
        StringBuilder label = new StringBuilder(kind(problem.kind().name(), locale));
        if (problem.category() != null) {
            label.append(" · ").append(category(problem.category(), locale));
        }
        if (problem.componentCode() != null) {
            ComponentView component = components().get(problem.componentCode());
            label.append(" · ").append(component == null ? problem.componentCode()
                    : english(locale) ? component.nameEn() : component.nameZh());
        }
        return label.toString();
    }

    private Map<String, ComponentView> components() {
        return registry.components().stream().collect(Collectors.toMap(ComponentView::code, Function.identity()));
    }

    private String code(String code, String prefix, Locale locale) {
        if (code == null) {
            return text("report.none", locale);
        }
        return messages.getMessage(prefix + code, null, code, locale);
    }
}
