/**
 * Delivery (交付, SPEC §9): between signing and handover, the monthly construction progress notices
 * (工程进度通知) a project sends its buyers; then the delivery inspection (交付验房) of each unit with its owner,
 * whose findings become repair requests through the intake of {@code requests}, and the delivery board of a
 * project (units inspected, findings open, keys handed over). The handover itself is the warranty's
 * ({@code PUT /units/{id}/handover}), which starts every component's warranty. It publishes
 * {@link com.estatecare.delivery.ProgressNoticePublished}, which the customer file records and the outbound
 * channels may send.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package com.estatecare.delivery;
