/**
 * City hotline cases (12345 政务服务便民热线): complaints and requests the city's government-service hotline forwards
 * to the developer, registered as requests through the requests module's intake and linked to the hotline's case
 * number, with the regulator's two deadlines on the business calendar (contact the citizen, reply to the hotline)
 * and the reply to the hotline drafted by one person and approved by a manager (four eyes). The module reacts to
 * the requests' steps (a contact stops the contact deadline) and never writes request data: what belongs on the
 * request's timeline is published as a {@link com.estatecare.requests.TimelineRecord}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "City hotline (12345)")
package com.estatecare.hotline;
