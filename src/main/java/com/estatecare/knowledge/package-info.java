/**
 * Knowledge (SPEC §11): the case library (客服案例库) — an archived complaint is proposed as a case (problem,
 * cause, solution, lessons), a manager edits and approves or rejects it, approved cases are searched in Chinese
 * full text (Lucene smartcn segmentation into a PostgreSQL tsvector, synonyms an administrator edits) and
 * suggested at intake; complaint contingency plans (投诉预案) linked to a collective complaint when it is graded;
 * and the defect feedback (项目缺陷反馈): repairs that are product defects counted per project, building,
 * floor, component and cause (with the defects of delivery inspections not yet handed to repair, by their finding),
 * with the trend and a report for design and engineering. It reacts to the events of {@code requests},
 * {@code grading} and {@code delivery} and keeps its own tables; it never writes a request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package com.estatecare.knowledge;
