package com.estatecare.registry;

/** 楼盘 */
public record ProjectView(long id, long companyId, long orgNodeId, String code, String name, String city, String address,
        String scopePath) {
}
