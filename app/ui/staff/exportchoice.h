// Where an export goes: straight to the export folder when no USB drive is
// plugged in, else wherever staff tap in a list of the drives (label and
// size) and the folder. Nothing is written to a drive nobody chose.
#pragma once

#include "core/staff/staffdesk.h"

#include <functional>

class ChoiceOverlay;

void chooseDestination(const StaffDesk &desk, ChoiceOverlay &choices,
                       std::function<void(const ExportDestination &)> write);
