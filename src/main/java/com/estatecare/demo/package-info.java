/**
 * Demo data for a first start (default profile only): a group with two city
 * companies, projects with buildings and a few hundred units, owners, one staff
 * account of each role, requests in every state, and six months of history
 * written in the background through the modules' APIs as of the past
 * ({@link com.estatecare.demo.HistoryGenerator}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package com.estatecare.demo;
