package id.cerita.media.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import id.cerita.media.ImageFormat;
import id.cerita.media.internal.Encoder;

/**
 * Draws the demo's illustrations with Java2D: flat shapes and colours that suggest a scene (a donut shop, a florist,
 * a camera...), no text and no real person, so they are lawful to ship. Deterministic: the same scene, variant and
 * side give the same pixels, hence the same JPEG bytes (the library knows an image it already has by its hash).
 */
final class Illustrations {

    static final int WIDTH = 1800;
    static final int HEIGHT = 1200;

    /** What an illustration shows. */
    enum Scene {
        DONUTS, SHOP_FRONT, FLOWERS, FLOWER_BOARD, CRAFT, CAMERA, PHOTO_PRINTS, MAKEUP, LAPTOP, FOOD, COFFEE,
        ISLAND, PHONE_CHART, PHONE_CHAT, GATHERING, MAP, RETAIL_SHELVES
    }

    private Illustrations() {
    }

    /** A JPEG of the scene; {@code mirrored} flips it, so a translation's picture is a file of its own. */
    static byte[] jpeg(Scene scene, int variant, boolean mirrored) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (mirrored) {
                g.transform(new AffineTransform(-1, 0, 0, 1, WIDTH, 0));
            }
            closeUp(g, scene, variant);
            new Painter(g, new Random(31L * scene.ordinal() + variant)).paint(scene, variant);
        }
        finally {
            g.dispose();
        }
        try {
            return Encoder.encode(image, ImageFormat.JPEG, 0.9f);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An odd variant of a still life is a close-up of one detail (the palette, the screen, the lens...), so a
     * gallery picture does not repeat the lead image.
     */
    private static void closeUp(Graphics2D g, Scene scene, int variant) {
        double[] centre = switch (scene) {
            case MAKEUP -> new double[] { 520, 900 };
            case LAPTOP -> new double[] { 900, 480 };
            case CAMERA -> new double[] { 900, 640 };
            case ISLAND -> new double[] { 1250, 820 };
            case PHONE_CHART -> new double[] { 900, 640 };
            case RETAIL_SHELVES -> new double[] { 1380, 860 };
            case DONUTS, SHOP_FRONT, FLOWERS, FLOWER_BOARD, CRAFT, PHOTO_PRINTS, FOOD, COFFEE, PHONE_CHAT, GATHERING,
                    MAP -> null;
        };
        if (centre != null && variant % 2 == 1) {
            g.translate(WIDTH / 2.0, HEIGHT / 2.0);
            g.scale(1.9, 1.9);
            g.translate(-centre[0], -centre[1]);
        }
    }

    /** One drawing; {@code r} varies the details (sprinkles, petals) the same way every time. */
    private record Painter(Graphics2D g, Random r) {

        void paint(Scene scene, int variant) {
            switch (scene) {
                case DONUTS -> donuts(variant);
                case SHOP_FRONT -> shopFront(variant);
                case FLOWERS -> flowers(variant);
                case FLOWER_BOARD -> flowerBoard();
                case CRAFT -> craft();
                case CAMERA -> camera(variant);
                case PHOTO_PRINTS -> photoPrints();
                case MAKEUP -> makeup(variant);
                case LAPTOP -> laptop(variant);
                case FOOD -> food();
                case COFFEE -> coffee();
                case ISLAND -> island(variant);
                case PHONE_CHART -> phone(variant, true);
                case PHONE_CHAT -> phone(variant, false);
                case GATHERING -> gathering(variant);
                case MAP -> map();
                case RETAIL_SHELVES -> retailShelves();
            }
        }

        // ---- backgrounds

        private void room(Color wall, Color table, int tableTop) {
            g.setPaint(new GradientPaint(0, 0, wall.brighter(), 0, tableTop, wall));
            g.fillRect(0, 0, WIDTH, tableTop);
            g.setPaint(new GradientPaint(0, tableTop, table, 0, HEIGHT, table.darker()));
            g.fillRect(0, tableTop, WIDTH, HEIGHT - tableTop);
            g.setColor(new Color(0, 0, 0, 30));
            g.fillRect(0, tableTop, WIDTH, 14);
        }

        private void fill(Color c, java.awt.Shape s) {
            g.setColor(c);
            g.fill(s);
        }

        private Ellipse2D circle(double cx, double cy, double radius) {
            return new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }

        private RoundRectangle2D box(double x, double y, double w, double h, double arc) {
            return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
        }

        private void shadow(double cx, double cy, double w, double h) {
            fill(new Color(0, 0, 0, 45), new Ellipse2D.Double(cx - w / 2, cy - h / 2, w, h));
        }

        // ---- scenes

        private void donuts(int variant) {
            room(new Color(0xF6D7C3), new Color(0xB9835A), 560);
            shadow(900, 900, 1300, 260);
            fill(new Color(0xFAFAF7), new Ellipse2D.Double(250, 700, 1300, 380));
            Color[] glazes = { new Color(0xF48FB1), new Color(0x6D4C41), new Color(0xFFF3E0), new Color(0xFFB74D),
                    new Color(0x81C784) };
            double[][] spots = { { 560, 820 }, { 900, 760 }, { 1240, 820 }, { 730, 960 }, { 1080, 960 } };
            for (int i = 0; i < spots.length; i++) {
                donut(spots[i][0], spots[i][1], 150, glazes[(i + variant) % glazes.length]);
            }
            // a jar of sprinkles and a rolling pin
            fill(new Color(0xCFD8DC), box(1500, 300, 180, 300, 40));
            for (int i = 0; i < 60; i++) {
                sprinkle(1520 + r.nextDouble() * 140, 360 + r.nextDouble() * 220);
            }
            fill(new Color(0xD7A86E), box(150, 470, 460, 60, 60));
        }

        private void donut(double cx, double cy, double radius, Color glaze) {
            shadow(cx + 10, cy + radius * 0.55, radius * 2.1, radius * 0.6);
            fill(new Color(0xD9A066), new Ellipse2D.Double(cx - radius, cy - radius * 0.62, 2 * radius, 1.24 * radius));
            Path2D icing = new Path2D.Double();
            for (int a = 0; a <= 360; a += 10) {
                double rr = radius * (0.86 + 0.05 * Math.sin(Math.toRadians(a * 7)));
                double x = cx + rr * Math.cos(Math.toRadians(a));
                double y = cy - 8 + rr * 0.6 * Math.sin(Math.toRadians(a));
                if (a == 0) {
                    icing.moveTo(x, y);
                }
                else {
                    icing.lineTo(x, y);
                }
            }
            icing.closePath();
            fill(glaze, icing);
            for (int i = 0; i < 22; i++) {
                double a = r.nextDouble() * Math.PI * 2;
                double d = radius * (0.45 + r.nextDouble() * 0.35);
                sprinkle(cx + d * Math.cos(a), cy - 8 + d * 0.6 * Math.sin(a));
            }
            fill(new Color(0xB08050), new Ellipse2D.Double(cx - radius * 0.3, cy - radius * 0.22, radius * 0.6, radius * 0.36));
        }

        private void sprinkle(double x, double y) {
            Color[] colours = { Color.WHITE, new Color(0xFFEB3B), new Color(0x4FC3F7), new Color(0xE53935),
                    new Color(0x7E57C2) };
            AffineTransform before = g.getTransform();
            g.translate(x, y);
            g.rotate(r.nextDouble() * Math.PI);
            fill(colours[r.nextInt(colours.length)], box(-9, -3, 18, 6, 6));
            g.setTransform(before);
        }

        private void shopFront(int variant) {
            room(new Color(0xFFE0B2), new Color(0x9E9E9E), 980);
            fill(new Color(0xFFF8E1), new java.awt.Rectangle(200, 260, 1400, 720));
            Color stripe = variant % 2 == 0 ? new Color(0xE91E63) : new Color(0x2E7D32);
            for (int i = 0; i < 14; i++) {
                fill(i % 2 == 0 ? stripe : Color.WHITE, new java.awt.Rectangle(160 + i * 106, 150, 106, 140));
                fill(i % 2 == 0 ? stripe : Color.WHITE, circle(213 + i * 106, 290, 53));
            }
            fill(new Color(0xB3E5FC), new java.awt.Rectangle(280, 420, 760, 460));
            fill(new Color(0x795548), new java.awt.Rectangle(1140, 420, 340, 560));
            fill(new Color(0xFFD54F), circle(1430, 700, 16));
            for (int shelf = 0; shelf < 2; shelf++) {
                fill(new Color(0x8D6E63), new java.awt.Rectangle(300, 600 + shelf * 200, 720, 18));
                for (int i = 0; i < 6; i++) {
                    donut(370 + i * 118, 560 + shelf * 200, 48, new Color[] { new Color(0xF48FB1),
                            new Color(0x6D4C41), new Color(0xFFB74D) }[(i + shelf) % 3]);
                }
            }
            fill(new Color(0x5D4037), box(560, 190, 680, 0, 0));
        }

        private void flowers(int variant) {
            room(new Color(0xE8F5E9), new Color(0xA1887F), 760);
            shadow(900, 1020, 520, 90);
            Color vase = variant % 2 == 0 ? new Color(0x5C6BC0) : new Color(0xFFCA28);
            g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x388E3C));
            double[][] heads = new double[15][];
            for (int i = 0; i < heads.length; i++) {
                double x = 540 + r.nextDouble() * 720;
                double y = 180 + r.nextDouble() * 380;
                heads[i] = new double[] { x, y };
                g.draw(new java.awt.geom.QuadCurve2D.Double(900, 760, (x + 900) / 2 + 40, (y + 760) / 2, x, y));
            }
            Color[] petals = { new Color(0xE91E63), new Color(0xFF7043), new Color(0xFFEB3B), Color.WHITE,
                    new Color(0xBA68C8) };
            for (double[] h : heads) {
                flower(h[0], h[1], 38 + r.nextDouble() * 30, petals[r.nextInt(petals.length)]);
            }
            Path2D body = new Path2D.Double();
            body.moveTo(760, 680);
            body.curveTo(700, 820, 720, 980, 800, 1010);
            body.lineTo(1000, 1010);
            body.curveTo(1080, 980, 1100, 820, 1040, 680);
            body.closePath();
            fill(vase, body);
            fill(vase.darker(), new Ellipse2D.Double(760, 660, 280, 50));
            // a pair of scissors and ribbon on the table
            g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xD81B60));
            g.draw(new java.awt.geom.CubicCurve2D.Double(1250, 960, 1350, 860, 1450, 1060, 1600, 940));
        }

        private void flower(double cx, double cy, double radius, Color petal) {
            for (int i = 0; i < 7; i++) {
                double a = i * Math.PI * 2 / 7;
                fill(petal, circle(cx + radius * 0.75 * Math.cos(a), cy + radius * 0.75 * Math.sin(a), radius * 0.55));
            }
            fill(new Color(0xFFC107), circle(cx, cy, radius * 0.45));
        }

        /** A shop's aisle: shelves of boxes and bottles, a counter with a till and a basket; no one in it. */
        private void retailShelves() {
            room(new Color(0xECEFF1), new Color(0xB0BEC5), 1000);
            Color[] goods = { new Color(0xE53935), new Color(0x1E88E5), new Color(0xFDD835), new Color(0x43A047),
                    new Color(0xFB8C00), new Color(0x8E24AA) };
            fill(new Color(0x90A4AE), new java.awt.Rectangle(120, 140, 1000, 860));
            for (int shelf = 0; shelf < 4; shelf++) {
                double y = 330 + shelf * 200;
                fill(new Color(0x546E7A), new java.awt.Rectangle(120, (int) y, 1000, 22));
                for (int i = 0; i < 9; i++) {
                    double x = 150 + i * 108;
                    Color c = goods[(i + shelf * 2 + r.nextInt(2)) % goods.length];
                    if ((i + shelf) % 3 == 0) {
                        fill(c, box(x + 18, y - 150, 56, 150, 24));
                        fill(Color.WHITE, box(x + 28, y - 100, 36, 40, 6));
                    }
                    else {
                        fill(c, box(x, y - 120, 92, 120, 8));
                        fill(new Color(255, 255, 255, 150), box(x + 14, y - 90, 64, 26, 6));
                    }
                }
            }
            shadow(1420, 1080, 700, 70);
            fill(new Color(0x6D4C41), box(1080, 700, 660, 340, 18));
            fill(new Color(0x37474F), box(1240, 560, 260, 150, 16));
            fill(new Color(0x80CBC4), box(1270, 585, 200, 60, 8));
            for (int i = 0; i < 6; i++) {
                fill(new Color(0xCFD8DC), box(1268 + (i % 3) * 70, 655 + (i / 3) * 24, 56, 18, 6));
            }
            g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xC62828));
            g.drawArc(1530, 560, 150, 130, 0, 180);
            fill(new Color(0xE53935), box(1510, 620, 190, 90, 16));
            fill(goods[2], circle(1560, 610, 28));
            fill(goods[3], box(1600, 575, 40, 60, 10));
        }

        private void flowerBoard() {
            room(new Color(0xE3F2FD), new Color(0x8BC34A), 900);
            g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x6D4C41));
            g.drawLine(520, 1150, 700, 300);
            g.drawLine(1280, 1150, 1100, 300);
            fill(new Color(0xFFFDE7), new java.awt.Rectangle(420, 200, 960, 620));
            Color[] petals = { new Color(0xE91E63), new Color(0xFFFFFF), new Color(0xFF9800), new Color(0x9C27B0) };
            for (int i = 0; i < 46; i++) {
                double x = 450 + (i % 23) * 41.5;
                double y = i < 23 ? 230 : 790;
                flower(x, y, 34, petals[i % petals.length]);
            }
            for (int i = 0; i < 12; i++) {
                flower(450, 270 + i * 45, 30, petals[(i + 1) % petals.length]);
                flower(1350, 270 + i * 45, 30, petals[(i + 2) % petals.length]);
            }
            // lines standing in for the greeting, unreadable on purpose
            for (int i = 0; i < 4; i++) {
                fill(new Color(0x1A237E), box(560 + (i % 2) * 60, 360 + i * 95, 680 - (i % 2) * 120, 36, 18));
            }
        }

        private void craft() {
            room(new Color(0xFCE4EC), new Color(0xD7CCC8), 600);
            Color[] yarn = { new Color(0xEC407A), new Color(0x26A69A), new Color(0xFFCA28), new Color(0x7E57C2) };
            for (int i = 0; i < 4; i++) {
                double cx = 380 + i * 230;
                double cy = 840 + (i % 2) * 90;
                shadow(cx, cy + 100, 220, 50);
                fill(yarn[i], circle(cx, cy, 110));
                g.setStroke(new BasicStroke(5));
                g.setColor(yarn[i].darker());
                for (int k = -3; k <= 3; k++) {
                    g.draw(new java.awt.geom.Arc2D.Double(cx - 110 + k * 12, cy - 110, 220, 220, 60 + k * 8, 150,
                            java.awt.geom.Arc2D.OPEN));
                }
            }
            // a woven bag
            fill(new Color(0x8D6E63), box(1220, 520, 420, 440, 60));
            g.setStroke(new BasicStroke(6));
            g.setColor(new Color(0xBCAAA4));
            for (int i = 0; i < 9; i++) {
                g.drawLine(1240, 560 + i * 45, 1620, 560 + i * 45);
                g.drawLine(1260 + i * 45, 540, 1260 + i * 45, 940);
            }
            g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x5D4037));
            g.draw(new java.awt.geom.Arc2D.Double(1300, 360, 260, 320, 0, 180, java.awt.geom.Arc2D.OPEN));
            for (int i = 0; i < 3; i++) {
                flower(1330 + i * 90, 760, 34, yarn[i]);
            }
        }

        private void camera(int variant) {
            room(variant % 2 == 0 ? new Color(0xCFD8DC) : new Color(0xFFE0B2), new Color(0x455A64), 700);
            shadow(900, 960, 1100, 120);
            fill(new Color(0x263238), box(420, 380, 960, 560, 90));
            fill(new Color(0x37474F), box(560, 300, 300, 120, 40));
            fill(new Color(0x8D6E63), box(420, 560, 960, 200, 0));
            fill(new Color(0x111111), circle(900, 660, 240));
            fill(new Color(0x546E7A), circle(900, 660, 190));
            fill(new Color(0x1A237E), circle(900, 660, 130));
            fill(new Color(0x4FC3F7), circle(860, 620, 40));
            fill(new Color(0xFFFFFF), circle(840, 600, 14));
            fill(new Color(0xE53935), circle(1260, 440, 28));
            fill(new Color(0xECEFF1), box(1120, 420, 100, 60, 14));
        }

        private void photoPrints() {
            room(new Color(0xECEFF1), new Color(0x6D4C41), 300);
            Color[][] scenes = { { new Color(0x81D4FA), new Color(0x66BB6A) }, { new Color(0xFFCC80), new Color(0x8D6E63) },
                    { new Color(0xB39DDB), new Color(0x26A69A) }, { new Color(0xFFF59D), new Color(0xEF5350) },
                    { new Color(0x80DEEA), new Color(0x5C6BC0) } };
            for (int i = 0; i < scenes.length; i++) {
                AffineTransform before = g.getTransform();
                g.translate(300 + i * 300, 560 + (i % 2) * 170);
                g.rotate(Math.toRadians(-12 + r.nextInt(24)));
                fill(new Color(0, 0, 0, 50), new java.awt.Rectangle(-180, -130, 380, 290));
                fill(Color.WHITE, new java.awt.Rectangle(-190, -140, 380, 290));
                fill(scenes[i][0], new java.awt.Rectangle(-165, -115, 330, 200));
                fill(scenes[i][1], new Ellipse2D.Double(-200, 20, 420, 160));
                g.setClip(null);
                fill(Color.WHITE, new java.awt.Rectangle(-190, 85, 380, 65));
                g.setTransform(before);
            }
            fill(new Color(0x212121), box(1380, 860, 300, 180, 40));
            fill(new Color(0x90A4AE), circle(1530, 950, 62));
        }

        private void makeup(int variant) {
            room(new Color(0xF8BBD0), new Color(0xFFF3E0), 620);
            // a mirror with lights
            fill(new Color(0x8D6E63), new Ellipse2D.Double(560, 40, 680, 560));
            fill(new Color(0xB2EBF2), new Ellipse2D.Double(600, 80, 600, 480));
            for (int i = 0; i < 12; i++) {
                double a = Math.PI * 2 * i / 12;
                fill(new Color(0xFFF59D), circle(900 + 330 * Math.cos(a), 320 + 270 * Math.sin(a), 22));
            }
            // a palette
            fill(new Color(0x212121), box(260, 780, 520, 260, 40));
            Color[] shades = { new Color(0xF06292), new Color(0xBA68C8), new Color(0xFFB74D), new Color(0xA1887F),
                    new Color(0xE57373), new Color(0xFFCC80), new Color(0x8D6E63), new Color(0xCE93D8) };
            for (int i = 0; i < 8; i++) {
                fill(shades[(i + variant) % 8], circle(330 + (i % 4) * 125, 850 + (i / 4) * 120, 46));
            }
            // brushes
            for (int i = 0; i < 3; i++) {
                AffineTransform before = g.getTransform();
                g.translate(1050 + i * 120, 920);
                g.rotate(Math.toRadians(-20 + i * 12));
                fill(new Color(0x3E2723), box(-14, -40, 28, 260, 14));
                fill(new Color(0xB0BEC5), new java.awt.Rectangle(-18, -100, 36, 70));
                fill(new Color(0xD7CCC8), new Ellipse2D.Double(-30, -220, 60, 140));
                g.setTransform(before);
            }
            // a lipstick
            fill(new Color(0xFFD54F), box(1480, 760, 90, 240, 16));
            fill(new Color(0xC2185B), box(1490, 640, 70, 140, 30));
        }

        private void laptop(int variant) {
            room(new Color(0xE1F5FE), new Color(0x78909C), 780);
            shadow(900, 1000, 1300, 110);
            fill(new Color(0x37474F), box(420, 180, 960, 620, 40));
            fill(new Color(0x102027), new java.awt.Rectangle(460, 220, 880, 540));
            Color[] code = { new Color(0x80CBC4), new Color(0xFFCC80), new Color(0xCE93D8), new Color(0x90CAF9) };
            for (int i = 0; i < 11; i++) {
                int indent = (i % 4) * 40;
                fill(code[(i + variant) % 4], box(500 + indent, 260 + i * 44, 180 + r.nextInt(420), 20, 10));
            }
            Path2D base = new Path2D.Double();
            base.moveTo(340, 800);
            base.lineTo(1460, 800);
            base.lineTo(1560, 900);
            base.lineTo(240, 900);
            base.closePath();
            fill(new Color(0xB0BEC5), base);
            // a wrench and a cable
            AffineTransform before = g.getTransform();
            g.translate(1500, 1040);
            g.rotate(Math.toRadians(-25));
            fill(new Color(0x9E9E9E), box(-180, -20, 300, 40, 20));
            fill(new Color(0x9E9E9E), circle(140, 0, 50));
            fill(new Color(0x78909C), box(140, -16, 70, 32, 0));
            g.setTransform(before);
            g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x263238));
            g.draw(new java.awt.geom.CubicCurve2D.Double(240, 880, 100, 960, 300, 1120, 120, 1180));
        }

        private void food() {
            room(new Color(0xFFECB3), new Color(0x8D6E63), 520);
            shadow(820, 1000, 900, 140);
            fill(new Color(0xFFFFFF), new Ellipse2D.Double(360, 560, 920, 420));
            fill(new Color(0xE64A19), new Ellipse2D.Double(430, 600, 780, 320));
            g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0xFFD54F));
            for (int i = 0; i < 16; i++) {
                double y = 640 + i * 16;
                Path2D noodle = new Path2D.Double();
                noodle.moveTo(500, y);
                for (int x = 500; x <= 1140; x += 40) {
                    noodle.lineTo(x, y + 14 * Math.sin((x + i * 30) / 30.0));
                }
                g.draw(noodle);
            }
            for (int i = 0; i < 6; i++) {
                fill(new Color(0xFF8A65), circle(600 + i * 90, 700 + (i % 2) * 60, 26));
                fill(new Color(0x66BB6A), box(560 + i * 100, 820 - (i % 2) * 40, 40, 18, 9));
            }
            fill(new Color(0x5D4037), box(1340, 640, 180, 300, 30));
            fill(new Color(0x3E2723), new Ellipse2D.Double(1340, 620, 180, 50));
            g.setColor(new Color(0xBDBDBD));
            g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(1240, 1080, 1640, 960);
        }

        private void coffee() {
            room(new Color(0xD7CCC8), new Color(0x4E342E), 640);
            for (int i = 0; i < 3; i++) {
                double cx = 500 + i * 420;
                shadow(cx, 1000, 380, 80);
                fill(new Color(0xFAFAFA), new Ellipse2D.Double(cx - 190, 930, 380, 90));
                fill(new Color(0xFAFAFA), box(cx - 120, 700, 240, 280, 50));
                fill(new Color(0x4E2A1E), new Ellipse2D.Double(cx - 110, 690, 220, 50));
                g.setStroke(new BasicStroke(20));
                g.setColor(new Color(0xFAFAFA));
                g.draw(new java.awt.geom.Arc2D.Double(cx + 80, 760, 110, 130, -90, 180, java.awt.geom.Arc2D.OPEN));
                g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(255, 255, 255, 120));
                g.draw(new java.awt.geom.CubicCurve2D.Double(cx - 20, 660, cx - 60, 580, cx + 40, 540, cx, 440));
            }
            // a tall pot for the pulled coffee
            fill(new Color(0xB0BEC5), box(1480, 360, 180, 300, 30));
            fill(new Color(0x90A4AE), new Ellipse2D.Double(1480, 340, 180, 50));
        }

        private void island(int variant) {
            g.setPaint(new GradientPaint(0, 0, new Color(0x4FC3F7), 0, 620, new Color(0xE1F5FE)));
            g.fillRect(0, 0, WIDTH, 620);
            g.setPaint(new GradientPaint(0, 620, new Color(0x0288D1), 0, HEIGHT, new Color(0x01579B)));
            g.fillRect(0, 620, WIDTH, HEIGHT - 620);
            fill(new Color(0xFFF59D), circle(1450, 200, 90));
            fill(new Color(0x388E3C), new Ellipse2D.Double(180, 430, 900, 400));
            fill(new Color(0x2E7D32), new Ellipse2D.Double(700, 500, 700, 300));
            fill(new Color(0xFFE082), new Ellipse2D.Double(240, 600, 900, 90));
            for (int i = 0; i < 3; i++) {
                palm(420 + i * 180, 610, 230 + i * 30);
            }
            g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(255, 255, 255, 110));
            for (int i = 0; i < 14; i++) {
                int y = 760 + (i % 7) * 60;
                int x = 100 + (i * 260) % 1600;
                g.drawLine(x, y, x + 120, y);
            }
            // a boat
            int bx = variant % 2 == 0 ? 1200 : 1000;
            Path2D hull = new Path2D.Double();
            hull.moveTo(bx, 880);
            hull.lineTo(bx + 380, 880);
            hull.lineTo(bx + 320, 960);
            hull.lineTo(bx + 60, 960);
            hull.closePath();
            fill(new Color(0xD84315), hull);
            fill(new Color(0xFFFFFF), new java.awt.Rectangle(bx + 120, 800, 140, 80));
        }

        private void palm(double x, double base, double h) {
            g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x6D4C41));
            g.draw(new java.awt.geom.QuadCurve2D.Double(x, base, x + 40, base - h / 2, x + 20, base - h));
            g.setStroke(new BasicStroke(30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(0x1B5E20));
            for (int i = 0; i < 5; i++) {
                double a = Math.PI + i * Math.PI / 4;
                g.draw(new java.awt.geom.QuadCurve2D.Double(x + 20, base - h, x + 20 + 90 * Math.cos(a),
                        base - h - 60, x + 20 + 140 * Math.cos(a), base - h + 40 * (1 + Math.sin(a))));
            }
        }

        private void phone(int variant, boolean chart) {
            room(chart ? new Color(0xEDE7F6) : new Color(0xE8F5E9), new Color(0xBCAAA4), 860);
            shadow(900, 1110, 700, 80);
            fill(new Color(0x212121), box(620, 90, 560, 1020, 80));
            fill(new Color(0xFAFAFA), box(650, 160, 500, 880, 24));
            if (chart) {
                int[] bars = variant % 2 == 0 ? new int[] { 180, 260, 220, 360, 420, 520 }
                        : new int[] { 240, 200, 320, 300, 460, 500 };
                for (int i = 0; i < bars.length; i++) {
                    fill(new Color(0x7E57C2), box(690 + i * 76, 900 - bars[i], 56, bars[i], 10));
                }
                g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(0xFF7043));
                g.drawPolyline(new int[] { 718, 794, 870, 946, 1022, 1098 }, new int[] { 690, 640, 660, 560, 500, 400 }, 6);
                for (int i = 0; i < 3; i++) {
                    fill(new Color(0xEC407A), circle(720 + i * 170, 970, 30));
                }
                // little cards around the phone
                fill(new Color(0xFFFFFF), box(220, 300, 300, 220, 30));
                fill(new Color(0xFFCA28), circle(370, 410, 60));
                fill(new Color(0xFFFFFF), box(1280, 420, 300, 220, 30));
                fill(new Color(0x26A69A), box(1320, 470, 220, 40, 20));
                fill(new Color(0x26A69A), box(1320, 540, 150, 40, 20));
            }
            else {
                for (int i = 0; i < 7; i++) {
                    boolean mine = (i + variant) % 3 == 0;
                    int w = 200 + r.nextInt(160);
                    fill(mine ? new Color(0xC8E6C9) : new Color(0xECEFF1),
                            box(mine ? 1120 - w : 680, 200 + i * 115, w, 80, 30));
                }
                fill(new Color(0x43A047), circle(1390, 330, 110));
                fill(Color.WHITE, box(1330, 300, 120, 60, 30));
                fill(new Color(0x1E88E5), circle(380, 640, 90));
                fill(Color.WHITE, box(330, 615, 100, 50, 25));
            }
        }

        private void gathering(int variant) {
            room(new Color(0xFFF8E1), new Color(0xA1887F), 760);
            // a banner without words and a stage
            fill(variant % 2 == 0 ? new Color(0x1565C0) : new Color(0xC62828), box(300, 90, 1200, 220, 20));
            for (int i = 0; i < 5; i++) {
                fill(new Color(0xFFFFFF), circle(480 + i * 210, 200, 44));
            }
            fill(new Color(0x6D4C41), new java.awt.Rectangle(200, 620, 1400, 60));
            Color[] shirts = { new Color(0x1E88E5), new Color(0x43A047), new Color(0xF4511E), new Color(0x8E24AA),
                    new Color(0xFDD835), new Color(0x00897B) };
            for (int row = 0; row < 2; row++) {
                for (int i = 0; i < 8; i++) {
                    double x = 260 + i * 185 + row * 90;
                    double y = 860 + row * 180;
                    figure(x, y, shirts[(i + row * 3 + variant) % shirts.length]);
                }
            }
        }

        /** A figure seen from behind: no face, no person. */
        private void figure(double x, double y, Color shirt) {
            fill(shirt, box(x - 70, y - 40, 140, 200, 70));
            fill(new Color(0x3E2723), circle(x, y - 90, 52));
        }

        private void map() {
            g.setPaint(new GradientPaint(0, 0, new Color(0xB3E5FC), 0, HEIGHT, new Color(0x81D4FA)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color land = new Color(0xA5D6A7);
            double[][] islands = { { 120, 380, 380, 200 }, { 520, 520, 420, 160 }, { 980, 360, 260, 300 },
                    { 1300, 500, 420, 380 }, { 700, 800, 300, 120 } };
            for (double[] i : islands) {
                fill(land, new Ellipse2D.Double(i[0], i[1], i[2], i[3]));
                fill(land.darker(), new Ellipse2D.Double(i[0] + i[2] * 0.3, i[1] + i[3] * 0.3, i[2] * 0.3, i[3] * 0.3));
            }
            for (double[] i : islands) {
                double px = i[0] + i[2] / 2;
                double py = i[1] + i[3] / 2;
                Path2D pin = new Path2D.Double();
                pin.moveTo(px, py);
                pin.lineTo(px - 36, py - 70);
                pin.lineTo(px + 36, py - 70);
                pin.closePath();
                fill(new Color(0xE53935), pin);
                fill(new Color(0xE53935), circle(px, py - 90, 44));
                fill(Color.WHITE, circle(px, py - 90, 18));
            }
            g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] { 20, 18 }, 0));
            g.setColor(new Color(0x0D47A1));
            g.drawPolyline(new int[] { 310, 730, 1110, 1510, 850 }, new int[] { 390, 510, 420, 600, 770 }, 5);
        }
    }
}
