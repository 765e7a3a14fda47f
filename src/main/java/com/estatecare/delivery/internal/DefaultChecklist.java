package com.estatecare.delivery.internal;

import static com.estatecare.delivery.Checklist.Kind.CHECK;
import static com.estatecare.delivery.Checklist.Kind.MEASUREMENT;

import java.math.BigDecimal;
import java.util.List;

import com.estatecare.delivery.Checklist;
import com.estatecare.delivery.MeasureUnit;
import com.estatecare.delivery.Room;

/**
 * The checklist a company starts with: the inspection standards (检查标准) of the customer-service manual's
 * guide to viewing the home (看房指引), word for word where it gives them — the entrance door, floors, walls and
 * ceilings, cracks, the floors of bathrooms and balconies, and hollow plaster (空鼓面积不应大于400cm²，且每自然间不多于
 * 2处). Where the manual gives no number (the door's gaps "适度、均匀"), the item is a check, not an invented limit.
 */
final class DefaultChecklist {

    private static final String DOOR = "看房指引·入户门·检查标准";
    private static final List<Room> ENTRANCE = List.of(Room.ENTRANCE);
    private static final List<Room> EVERY_ROOM = List.of();

    private DefaultChecklist() {
    }

    static List<Checklist.ChecklistItem> items() {
        return List.of(
                check("DOOR_FIT", "入户门：门与门套垂直平整，密合性好，缝隙适度、均匀",
                        "Entrance door: door and frame plumb and flat, close fitting, gaps moderate and even",
                        ENTRANCE, "ENTRANCE_DOOR", DOOR + " 1"),
                check("DOOR_OPERATION", "入户门：开、关、锁灵活自如、平稳、无噪音",
                        "Entrance door: opens, closes and locks freely, smoothly and quietly",
                        ENTRANCE, "ENTRANCE_DOOR", DOOR + " 3"),
                check("DOOR_THRESHOLD_GAP", "入户门：门扇关起来时与门槛石之间结合间隙均匀",
                        "Entrance door: the gap between the closed leaf and the threshold stone is even",
                        ENTRANCE, "ENTRANCE_DOOR", DOOR + " 4"),
                check("DOOR_HARDWARE", "入户门：小五金配件（门锁、门吸、门铰、猫眼等）齐全，无松脱、晃动、无明显磨损、划伤、无锈迹",
                        "Entrance door: small hardware (lock, stop, hinges, peephole) complete, not loose or worn, no rust",
                        ENTRANCE, "ENTRANCE_DOOR", DOOR + " 5"),
                check("SURFACES_FLAT", "地面、墙面、天花：方正、表面平整，无起砂",
                        "Floor, walls and ceiling: square, flat surfaces, no sanding", EVERY_ROOM, "WALL",
                        "看房指引·地面、墙面、天花·检查标准"),
                check("NO_CRACKS", "裂缝：不存在影响结构安全的砌体裂缝，明显影响使用功能和观感质量的裂缝应处理",
                        "Cracks: no masonry crack affecting structural safety; cracks that visibly impair use or looks are to be treated",
                        EVERY_ROOM, "WALL", "看房指引·裂缝·检查标准"),
                check("FLOOR_SLOPES_TO_DRAIN", "卫生间、阳露台地面：有向地漏走水的坡度，不积水",
                        "Bathroom and balcony floors: slope towards the drain, no standing water",
                        List.of(Room.BATHROOM, Room.BALCONY), "FLOOR", "看房指引·卫生间、阳露台地面·检查标准"),
                measurement("HOLLOW_AREA", "空鼓：每处空鼓面积不大于 400 cm²（测最大的一处）",
                        "Hollow plaster: each hollow place at most 400 cm² (measure the largest)",
                        MeasureUnit.SQUARE_CENTIMETRES, new BigDecimal("400")),
                measurement("HOLLOW_PLACES", "空鼓：每自然间不多于 2 处",
                        "Hollow plaster: at most 2 places per room", MeasureUnit.PLACES, new BigDecimal("2")));
    }

    private static Checklist.ChecklistItem check(String code, String title, String titleEn, List<Room> rooms, String component,
            String source) {
        return new Checklist.ChecklistItem(code, title, titleEn, rooms, component, CHECK, null, null, null, source);
    }

    private static Checklist.ChecklistItem measurement(String code, String title, String titleEn, MeasureUnit unit,
            BigDecimal max) {
        return new Checklist.ChecklistItem(code, title, titleEn, EVERY_ROOM, "WALL", MEASUREMENT, unit, BigDecimal.ZERO, max,
                "看房指引·空鼓·检查标准：空鼓面积不应大于400cm²，且每自然间（标准间）不多于2处可不计");
    }
}
