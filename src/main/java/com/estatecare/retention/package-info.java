/**
 * Retention (留存期限) and legal hold (法律冻结), SPEC §13: how long each kind of personal data is kept (call
 * recordings, photos of homes, closed requests, prospects who never bought) as a versioned policy, and the events
 * by which the modules that own the data say what their sweeps removed and which records a hold keeps. Owns no
 * table: each module sweeps and holds its own records; {@code privacy} audits the events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package com.estatecare.retention;
