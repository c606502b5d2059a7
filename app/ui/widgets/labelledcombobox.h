// A drop-down named by its label for screen readers: Qt names a combo box by
// its current value on Linux ("Something else"), so a screen reader never
// says what is being chosen. Its popup rows are touch-sized (56 px).
#pragma once

#include <QComboBox>

class LabelledComboBox : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int popupRowHeight = 56;

    explicit LabelledComboBox(QWidget *parent = nullptr);

    void showPopup() override;
};
