package com.estatecare.delivery;

/** Where in the unit a finding of a delivery inspection was made. */
public enum Room {
    /** 入户门厅 */
    ENTRANCE("入户门厅"),
    /** 客厅 */
    LIVING_ROOM("客厅"),
    /** 餐厅 */
    DINING_ROOM("餐厅"),
    /** 卧室 */
    BEDROOM("卧室"),
    /** 书房 */
    STUDY("书房"),
    /** 厨房 */
    KITCHEN("厨房"),
    /** 卫生间 */
    BATHROOM("卫生间"),
    /** 阳台 */
    BALCONY("阳台"),
    /** 其他 */
    OTHER("其他");

    private final String chinese;

    Room(String chinese) {
        this.chinese = chinese;
    }

    /** The room's name as it is written into the repair request, whose text is kept in Chinese (the data's language). */
    public String chinese() {
        return chinese;
    }
}
