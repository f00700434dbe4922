#include "app/rulerframe.h"

#include "app/guideeditor.h"
#include "app/pageview.h"
#include "app/settingsdialog.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QSettings>
#include <limits>

namespace folio::app {

namespace {
const QString kUnitKey = QStringLiteral("view/rulerUnit");

QString unitKey(Ruler::Unit unit)
{
    switch (unit) {
    case Ruler::Unit::Point:
        return QStringLiteral("pt");
    case Ruler::Unit::Character:
        return QStringLiteral("char");
    case Ruler::Unit::Millimetre:
        break;
    }
    return QStringLiteral("mm");
}
} // namespace

RulerFrame::RulerFrame(PageView *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_guides(new GuideEditor(view)),
      m_top(new Ruler(Qt::Horizontal, view, m_guides, this)),
      m_left(new Ruler(Qt::Vertical, view, m_guides, this)), m_corner(new QWidget(this)),
      m_showAction(new QAction(tr("显示标尺"), this))
{
    setObjectName(QStringLiteral("rulerFrame"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    m_corner->setFixedSize(Ruler::thickness(), Ruler::thickness());
    m_corner->setAutoFillBackground(true);
    grid->addWidget(m_corner, 0, 0);
    grid->addWidget(m_top, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(view, 1, 1);

    m_showAction->setCheckable(true);
    m_showAction->setChecked(true);
    m_showAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    connect(m_showAction, &QAction::toggled, this, [this](bool on) {
        for (QWidget *w : {static_cast<QWidget *>(m_top), static_cast<QWidget *>(m_left), m_corner})
            w->setVisible(on);
    });

    const auto pointer = [this](const QPointF &pt) {
        m_top->setPointer(pt);
        m_left->setPointer(pt);
    };
    connect(view, &PageView::pointerMoved, this, pointer);
    connect(m_guides, &GuideEditor::pointerMoved, this, pointer);
    for (Ruler *r : {m_top, m_left})
        connect(r, &Ruler::unitChosen, this, [this](Ruler::Unit unit) {
            QSettings().setValue(kUnitKey, unitKey(unit));
            applyUnitSetting();
        });
    view->viewport()->installEventFilter(this);
    applyUnitSetting();
}

void RulerFrame::applyUnitSetting()
{
    const QString key = QSettings().value(kUnitKey).toString();
    Ruler::Unit unit = SettingsDialog::usesPoints() ? Ruler::Unit::Point : Ruler::Unit::Millimetre;
    if (key == QLatin1String("mm"))
        unit = Ruler::Unit::Millimetre;
    else if (key == QLatin1String("pt"))
        unit = Ruler::Unit::Point;
    else if (key == QLatin1String("char"))
        unit = Ruler::Unit::Character;
    m_top->setUnit(unit);
    m_left->setUnit(unit);
}

bool RulerFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    if (event->type() == QEvent::Leave) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        m_top->setPointer(QPointF(nan, nan));
        m_left->setPointer(QPointF(nan, nan));
    } else if (event->type() == QEvent::Paint) {
        // Every change the rulers show (zoom, scroll, another page, a new page size) repaints
        // the viewport; typing repaints it too but moves nothing the rulers show.
        const QRectF shown = m_view->pageRectInView(m_view->pageId());
        if (shown != m_shownPage) {
            m_shownPage = shown;
            m_top->update();
            m_left->update();
        }
    }
    return false;
}

} // namespace folio::app
