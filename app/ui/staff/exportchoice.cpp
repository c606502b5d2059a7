#include "ui/staff/exportchoice.h"

#include "ui/staff/choiceoverlay.h"

#include <QCoreApplication>

void chooseDestination(const StaffDesk &desk, ChoiceOverlay &choices,
                       std::function<void(const ExportDestination &)> write)
{
    const QList<ExportDestination> destinations = desk.destinations();
    if (destinations.size() == 1) {
        write(destinations.first());
        return;
    }
    QStringList descriptions;
    for (const ExportDestination &destination : destinations)
        descriptions.append(destination.description);
    choices.ask(QCoreApplication::translate("ExportChoice", "Where should the file go?"),
                QCoreApplication::translate("ExportChoice", "It holds visitors' names and phone numbers."), descriptions,
                [destinations, write](int index) { write(destinations.at(index)); });
}
