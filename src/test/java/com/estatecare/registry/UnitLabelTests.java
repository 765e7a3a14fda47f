package com.estatecare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How agents type a unit on the phone, and the stored names and numbers that match it. */
class UnitLabelTests {

    @Test
    void unitLabelIsParsedFromBuildingEntranceRoom() {
        assertThat(UnitLabel.parse("3-1-502")).contains(new UnitLabel(null, "3", "1", "502"));
        assertThat(UnitLabel.parse("3栋1单元502室")).contains(new UnitLabel(null, "3", "1", "502"));
        assertThat(UnitLabel.parse("3号楼 1单元 502")).contains(new UnitLabel(null, "3", "1", "502"));
        assertThat(UnitLabel.parse("３－１－５０２")).as("full-width, as a Chinese input method types it")
                .contains(new UnitLabel(null, "3", "1", "502"));
    }

    @Test
    void buildingAndRoomAloneIsAUnitWithoutEntrance() {
        assertThat(UnitLabel.parse("3-1803")).contains(new UnitLabel(null, "3", null, "1803"));
        assertThat(UnitLabel.parse("3栋1803")).contains(new UnitLabel(null, "3", null, "1803"));
        assertThat(UnitLabel.parse("3 1803")).contains(new UnitLabel(null, "3", null, "1803"));
        assertThat(UnitLabel.parse("A座-1203")).contains(new UnitLabel(null, "A", null, "1203"));
    }

    @Test
    void projectNameInFrontNarrowsTheSearch() {
        assertThat(UnitLabel.parse("翠湖苑3栋1803")).contains(new UnitLabel("翠湖苑", "3", null, "1803"));
        assertThat(UnitLabel.parse("翠湖苑 3-1-502")).contains(new UnitLabel("翠湖苑", "3", "1", "502"));
    }

    @Test
    void phoneNumbersAndNamesAreNotUnits() {
        assertThat(UnitLabel.parse("13800138000")).isEmpty();
        assertThat(UnitLabel.parse("138-0013-8000")).isEmpty();
        assertThat(UnitLabel.parse("138 0013 8000")).isEmpty();
        assertThat(UnitLabel.parse("021-68881234")).isEmpty();
        assertThat(UnitLabel.parse("6888-1234")).isEmpty();
        assertThat(UnitLabel.parse("8000")).isEmpty();
        assertThat(UnitLabel.parse("林伟")).isEmpty();
        assertThat(UnitLabel.parse("31502")).as("no separator: not read as building 3 room 1502").isEmpty();
        assertThat(UnitLabel.parse("3-1-502".repeat(20))).isEmpty();
    }

    @Test
    void labelMatchesTheWaysBuildingsAndUnitsAreStored() {
        UnitLabel label = UnitLabel.parse("03-1-502").orElseThrow();
        assertThat(label.buildingNames()).contains("3", "3栋", "3号楼", "3幢").doesNotContain("03栋");
        assertThat(label.unitNumbers()).contains("1-502", "1单元502", "502").doesNotContain("2-502");
        assertThat(label.anyEntranceEndings()).as("the entrance was given").isEmpty();
        assertThat(UnitLabel.parse("3-502").orElseThrow().anyEntranceEndings()).containsExactly("-502", "单元502");
    }
}
