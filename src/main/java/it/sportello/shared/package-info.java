/**
 * What every module needs: the clock, the web layout, problem-detail error handling, the working-day calendar.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package it.sportello.shared;
