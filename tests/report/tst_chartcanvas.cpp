#include "report/chartcanvas.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace rulecast;

class TestChartCanvas : public QObject
{
    Q_OBJECT

private:
    static void drawSample(ChartCanvas &c)
    {
        c.rect(QRectF(10, 10, 50, 30), QColor(0, 0, 255), Stroke{QColor(0, 0, 0), 1});
        c.line(QPointF(0, 0), QPointF(100, 100), Stroke{QColor(255, 0, 0), 2, true});
        c.polyline({QPointF(0, 90), QPointF(50, 60), QPointF(100, 90)}, Stroke{QColor(0, 128, 0), 1.5});
        c.circle(QPointF(80, 20), 5, QColor(255, 128, 0));
        c.text(QPointF(50, 95), QStringLiteral("a < b & \"c\""), 8, Qt::AlignHCenter | Qt::AlignBottom, QColor(0, 0, 0));
    }

private Q_SLOTS:
    void svgElementsAndEscaping()
    {
        SvgCanvas canvas(QSizeF(120, 100));
        drawSample(canvas);
        const QString svg = canvas.svg(QStringLiteral("Load <before> & after"));
        QVERIFY(svg.startsWith(QLatin1String("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"100\"")));
        QVERIFY(svg.contains(QLatin1String("<title>Load &lt;before&gt; &amp; after</title>")));
        QVERIFY(svg.contains(QLatin1String("<rect x=\"10\" y=\"10\" width=\"50\" height=\"30\" fill=\"#0000ff\" stroke=\"#000000\"")));
        QVERIFY(svg.contains(QLatin1String("stroke-dasharray=\"4 3\"")));
        QVERIFY(svg.contains(QLatin1String("<polyline fill=\"none\" points=\"0,90 50,60 100,90\"")));
        QVERIFY(svg.contains(QLatin1String("<circle cx=\"80\" cy=\"20\" r=\"5\" fill=\"#ff8000\"/>")));
        QVERIFY(svg.contains(QLatin1String("text-anchor=\"middle\"")));
        QVERIFY(svg.contains(QLatin1String(">a &lt; b &amp; &quot;c&quot;</text>")));
        QVERIFY(svg.trimmed().endsWith(QLatin1String("</svg>")));
        // Numbers in the C locale whatever the user's locale.
        QLocale::setDefault(QLocale(QLocale::German));
        SvgCanvas german(QSizeF(10.5, 10));
        german.line(QPointF(0.25, 1), QPointF(2, 3), Stroke{QColor(0, 0, 0), 0.5});
        QVERIFY(german.svg(QString()).contains(QLatin1String("x1=\"0.25\"")));
        QLocale::setDefault(QLocale::c());
    }

    void rotatedTextAndTransparency()
    {
        SvgCanvas canvas(QSizeF(100, 100));
        canvas.text(QPointF(10, 50), QStringLiteral("runs"), 7, Qt::AlignHCenter | Qt::AlignTop, QColor(0, 0, 0), true, -90);
        canvas.rect(QRectF(0, 0, 5, 5), QColor(255, 0, 0, 128));
        const QString svg = canvas.svg(QString());
        QVERIFY(svg.contains(QLatin1String("transform=\"rotate(-90 10 50)\"")));
        QVERIFY(svg.contains(QLatin1String("font-weight=\"bold\"")));
        QVERIFY(svg.contains(QLatin1String("fill-opacity=\"0.5\"")));
    }

    void painterDrawsTheSameShapes()
    {
        QImage image(120, 100, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            PainterCanvas canvas(&p);
            drawSample(canvas);
        }
        QCOMPARE(image.pixelColor(30, 25), QColor(0, 0, 255)); // inside the filled rect
        QCOMPARE(image.pixelColor(80, 20).red(), 255);           // the circle
        QCOMPARE(image.pixelColor(115, 5), QColor(Qt::white));   // untouched
        bool textInk = false;
        for (int x = 30; x < 70 && !textInk; ++x)
            for (int y = 80; y < 96 && !textInk; ++y)
                textInk = image.pixelColor(x, y).lightness() < 100;
        QVERIFY(textInk);
    }

    void reportFontHasNoLigatures()
    {
        const QFont f = reportFont(9, true);
        QCOMPARE(f.pointSizeF(), 9.0);
        QVERIFY(f.bold());
        QVERIFY(f.styleStrategy() & QFont::PreferNoShaping);
    }
};

QTEST_MAIN(TestChartCanvas)
#include "tst_chartcanvas.moc"
