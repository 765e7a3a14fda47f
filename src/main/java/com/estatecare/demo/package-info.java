/**
 * Demo data for a first start (default profile only): a group, a city company,
 * two projects with buildings and a few hundred units, owners, one staff
 * account of each role, and requests in every state.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package com.estatecare.demo;
