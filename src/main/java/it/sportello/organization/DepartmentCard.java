package it.sportello.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A department with its URP and its offices in organisation-chart order. */
public record DepartmentCard(DepartmentView department, @Nullable OfficeView urp, List<OfficeView> offices) {
}
