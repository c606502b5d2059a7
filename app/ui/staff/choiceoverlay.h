// A question over the staff screen with one big button per answer: which
// printer, which drive. It lives inside the kiosk's window, so locking the
// staff screen closes it like everything else; a system dialog would stay
// on top with its own file browser.
#pragma once

#include "ui/overlays/overlay.h"

#include <functional>

class QVBoxLayout;

class ChoiceOverlay : public Overlay
{
    Q_OBJECT

public:
    explicit ChoiceOverlay(QWidget *window);

    // Shows `choices` (as plain text) and calls `then` with the index of the
    // one tapped; the overlay's own button cancels and calls nothing.
    void ask(const QString &title, const QString &message, const QStringList &choices,
             std::function<void(int)> then);
    // Closes without an answer: what locking the staff screen does.
    void cancel();

private:
    QWidget *m_choices;
    QVBoxLayout *m_choiceLayout;
    std::function<void(int)> m_then;
};
