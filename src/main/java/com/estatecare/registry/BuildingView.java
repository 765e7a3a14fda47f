package com.estatecare.registry;

/** 楼栋 */
public record BuildingView(long id, long projectId, String project, String name, Integer floors, String scopePath) {
}
