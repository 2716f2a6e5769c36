// Loads every proxy class so that the registry (./registry) is complete before any context is created.
import "./range";
import "./paragraph";
import "./body";
import "./table";
import "./table-row-cell";
import "./content-control";
import "./comment";
export { HDocument } from "./document";
