package com.estatecare.demo;

import java.util.Random;

import com.estatecare.requests.Category;
import com.estatecare.requests.RequestKind;

/** What owners say, by kind and category; leaks have their own list for the rainy months. */
final class Texts {

    private static final String[] LEAKS = { "卫生间地面渗水，楼下天花板出现水渍", "主卧窗户密封条老化，下雨时雨水渗入",
            "外墙渗水，客厅墙面起皮发霉", "阳台顶部漏水，雨天滴水不止", "地下室墙角渗水积水", "飘窗台下方渗水，木地板起拱",
            "屋顶防水层破损，顶层卧室漏雨" };
    private static final String[] HOUSING = { "客厅墙面空鼓开裂", "入户门锁芯损坏，无法反锁", "厨房下水管道堵塞", "阳台地漏返味",
            "卧室木地板起翘", "卫生间瓷砖脱落", "铝合金窗推拉不畅" };
    private static final String[] FACILITIES = { "户内配电箱跳闸，部分插座无电", "入户可视对讲无画面", "电梯按钮失灵",
            "楼道应急照明不亮", "地库道闸无法识别车牌", "燃气热水器打不着火" };
    private static final String[] SERVICE = { "楼道垃圾未及时清运", "单元门禁卡无法开门", "小区路灯不亮", "绿化带杂草丛生" };
    private static final String[] COMPLAINTS = { "地下车库渗水严重，多次报修未解决", "物业保安态度恶劣", "交房时承诺的小区泳池至今未建成",
            "小区绿化与宣传册不符", "夜间施工噪音扰民", "维修人员多次爽约未上门", "外立面石材与样板房不一致", "物业费收费标准不透明",
            "客服电话长时间无人接听" };
    private static final String[] CONSULTATIONS = { "请问房产证什么时候可以办理？", "请问装修需要办理哪些手续？", "车位租赁如何办理？",
            "保修期内哪些项目可以免费维修？", "物业费可以线上缴纳吗？", "请问小区何时开通燃气？" };
    private static final String[] SUGGESTIONS = { "建议在小区东门增设快递柜", "建议增加电动车充电桩", "建议延长会所开放时间",
            "建议在儿童游乐区加装遮阳棚" };
    private static final String[] PRAISE = { "感谢维修师傅上门及时、态度好", "感谢客服专员耐心解答", "保安帮忙搬运重物，特此表扬",
            "保洁阿姨工作认真负责" };

    private Texts() {
    }

    static String describe(RequestKind kind, Category category, boolean leak, Random random) {
        String[] texts = switch (kind) {
            case REPAIR -> leak ? LEAKS : category == Category.FACILITY_FAILURE ? FACILITIES
                    : category == Category.PROPERTY_SERVICE ? SERVICE : HOUSING;
            case COMPLAINT -> leak ? LEAKS : COMPLAINTS;
            case CONSULTATION -> CONSULTATIONS;
            case SUGGESTION -> SUGGESTIONS;
            case PRAISE -> PRAISE;
        };
        return texts[random.nextInt(texts.length)];
    }

    static boolean isLeak(String description) {
        for (String leak : LEAKS) {
            if (leak.equals(description)) {
                return true;
            }
        }
        return false;
    }
}
