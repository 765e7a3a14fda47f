package com.estatecare.registry;

/** A building component a repair can name; its warranty group decides the warranty period. */
public record ComponentView(String code, String nameZh, String nameEn, String warrantyGroup) {
}
