package com.estatecare.warranty;

import java.time.LocalDate;

/**
 * A component of a unit under its project's certificate: from the handover date to its last day in warranty
 * ({@code endsOn}, inclusive), its state today, and its care guide (null when none is written).
 */
public record ComponentWarranty(String componentCode, String nameZh, String nameEn, String warrantyGroup,
        int months, LocalDate startsOn, LocalDate endsOn, WarrantyState state, CareGuide careGuide) {
}
