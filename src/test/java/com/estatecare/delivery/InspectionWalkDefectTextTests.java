package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The text a defect of the checklist is handed to repair with: the standard, the value measured, the note. */
class InspectionWalkDefectTextTests {

    @Test
    void aMeasuredDefectSaysWhatWasMeasuredAgainstWhichStandard() {
        Checklist.ChecklistItem area = new Checklist.ChecklistItem("HOLLOW_AREA", "空鼓：每处空鼓面积不大于 400 cm²", "x", List.of(), "WALL",
                Checklist.Kind.MEASUREMENT, MeasureUnit.SQUARE_CENTIMETRES, BigDecimal.ZERO, new BigDecimal("400"),
                null);
        assertThat(InspectionWalk.DefectText.of(area, new Measured(Room.BEDROOM, null, "HOLLOW_AREA",
                new BigDecimal("520.50"), null, null, "靠窗一侧", null)))
                .isEqualTo("空鼓：每处空鼓面积不大于 400 cm²：实测 520.5 cm²，标准 ≤ 400 cm²；靠窗一侧");
    }
}
